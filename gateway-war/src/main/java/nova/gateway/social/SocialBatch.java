package nova.gateway.social;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nova.contracts.social.PostEngagement;
import nova.contracts.social.Relationship;
import nova.contracts.social.RelationshipCounts;
import nova.gateway.infra.Caller;

/**
 * What one GraphQL request has learnt from the social context about posts and profiles, so that the batch fields of
 * {@code Post} ({@code likeCount}, {@code shareCount}, {@code likedByMe}, {@code sharedByMe}) and of {@code Profile}
 * ({@code followerCount}, {@code followingCount}; {@code relationship}) cost one social call per kind per request, not
 * one per field: the engine calls each field's batch resolver with the same list, and the second finds the answers
 * the first fetched. Ids never asked before are fetched together, at most {@link SocialClient#MAX_IDS} a call.
 */
@RequestScoped
public class SocialBatch {

    @Inject
    Caller caller;

    @Inject
    SocialClient social;

    private final Map<UUID, List<UUID>> postGroups = new HashMap<>();
    private final Map<UUID, List<UUID>> peopleGroups = new HashMap<>();
    private final Known<PostEngagement> engagement = new Known<>(PostEngagement::postId);
    private final Known<RelationshipCounts> counts = new Known<>(RelationshipCounts::userId);
    private final Known<Relationship> relationships = new Known<>(Relationship::userId);

    /**
     * The posts of one page the gateway answers (the feed): the first field asked of any of them fetches them all. Liberty
     * 26.0.0.3's SmallRye GraphQL 1.0 fails every {@code @Source List<...>} batch resolver with a NullPointerException
     * inside the engine, so the fields are resolved one post at a time and the batching is done here.
     */
    void expectPosts(List<UUID> postIds) {
        List<UUID> group = List.copyOf(postIds);
        group.forEach(id -> postGroups.putIfAbsent(id, group));
    }

    /** The people of one page (followers, following, likers, requests), as {@link #expectPosts}. */
    void expectPeople(List<UUID> userIds) {
        List<UUID> group = List.copyOf(userIds);
        group.forEach(id -> peopleGroups.putIfAbsent(id, group));
    }

    /** One post's engagement, fetched with the rest of its page when it has one; null if social does not answer for it. */
    PostEngagement engagement(UUID postId) {
        List<PostEngagement> answers = engagement(postGroups.getOrDefault(postId, List.of(postId)));
        return answers.get(postGroups.getOrDefault(postId, List.of(postId)).indexOf(postId));
    }

    RelationshipCounts counts(UUID userId) {
        List<UUID> group = peopleGroups.getOrDefault(userId, List.of(userId));
        return counts(group).get(group.indexOf(userId));
    }

    Relationship relationship(UUID userId) {
        List<UUID> group = peopleGroups.getOrDefault(userId, List.of(userId));
        return relationships(group).get(group.indexOf(userId));
    }

    /** Each post's engagement, in the order given; a post social did not answer for is null. */
    List<PostEngagement> engagement(List<UUID> postIds) {
        String authorization = caller.requireAuthorization();
        return engagement.get(postIds, missing -> social.engagement(authorization, missing));
    }

    /** Each user's follower and following counts, in the order given; null for one social did not answer for. */
    List<RelationshipCounts> counts(List<UUID> userIds) {
        String authorization = caller.requireAuthorization();
        return counts.get(userIds, missing -> social.counts(authorization, missing));
    }

    /** How the caller stands with each user, in the order given; null for one social did not answer for. */
    List<Relationship> relationships(List<UUID> userIds) {
        String authorization = caller.requireAuthorization();
        return relationships.get(userIds, missing -> social.relationships(authorization, missing));
    }

    /**
     * Answers by id, each id asked of social at most once per request; a failed fetch is remembered, so the other
     * fields of the same batch fail with the same error instead of calling a context that is down again.
     */
    static final class Known<T> {

        private final Function<T, UUID> idOf;
        private final Map<UUID, T> answers = new HashMap<>();
        private final Set<UUID> asked = new HashSet<>();
        private RuntimeException failure;

        Known(Function<T, UUID> idOf) {
            this.idOf = idOf;
        }

        List<T> get(List<UUID> ids, Function<List<UUID>, List<T>> fetch) {
            if (failure != null) {
                throw failure;
            }
            Set<UUID> missing = new LinkedHashSet<>();
            for (UUID id : ids) {
                if (id != null && !asked.contains(id)) {
                    missing.add(id);
                }
            }
            List<UUID> pending = new ArrayList<>(missing);
            for (int from = 0; from < pending.size(); from += SocialClient.MAX_IDS) {
                List<UUID> chunk = List.copyOf(pending.subList(from, Math.min(pending.size(), from + SocialClient.MAX_IDS)));
                List<T> fetched;
                try {
                    fetched = fetch.apply(chunk);
                } catch (RuntimeException e) {
                    failure = e;
                    throw e;
                }
                for (T answer : fetched) {
                    answers.put(idOf.apply(answer), answer);
                }
                asked.addAll(chunk);
            }
            List<T> result = new ArrayList<>(ids.size());
            ids.forEach(id -> result.add(id == null ? null : answers.get(id)));
            return result;
        }
    }
}
