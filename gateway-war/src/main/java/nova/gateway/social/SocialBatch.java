package nova.gateway.social;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nova.contracts.social.PostEngagement;
import nova.contracts.social.Relationship;
import nova.contracts.social.RelationshipCounts;
import nova.gateway.content.Post;
import nova.gateway.infra.Batched;
import nova.gateway.infra.Caller;
import nova.gateway.infra.Requesters;

/**
 * What one GraphQL request has learnt from the social context about posts and profiles, so that the batch fields of
 * {@code Post} ({@code likeCount}, {@code shareCount}, {@code likedByMe}, {@code sharedByMe}) and of {@code Profile}
 * ({@code followerCount}, {@code followingCount}; {@code relationship}) cost one social call per kind per request, not
 * one per field: each field is resolved one object at a time, and the first to need an id fetches it with every id the
 * request already knows it will need; the others find the answers it fetched. Ids never asked before are fetched together, at most {@link SocialClient#MAX_IDS} a call, through
 * {@link Batched}, the gateway's one batching mechanism (the content slice's links use it too).
 */
@RequestScoped
public class SocialBatch {

    @Inject
    Caller caller;

    @Inject
    SocialClient social;

    @Inject
    Requesters requesters;

    private final Map<UUID, List<UUID>> peopleGroups = new HashMap<>();
    private final Batched<PostEngagement> engagement = new Batched<>(PostEngagement::postId, SocialClient.MAX_IDS);
    private final Batched<RelationshipCounts> counts = new Batched<>(RelationshipCounts::userId, SocialClient.MAX_IDS);
    private final Batched<Relationship> relationships = new Batched<>(Relationship::userId, SocialClient.MAX_IDS);

    /** The people of one page (followers, following, likers, requests): the first field asked of any fetches them all. */
    void expectPeople(List<UUID> userIds) {
        List<UUID> group = List.copyOf(userIds);
        group.forEach(id -> peopleGroups.putIfAbsent(id, group));
        if (requesters != null) { // their posts, followers and following too (ProfileGroups)
            nova.gateway.profile.ProfileGroups.of(requesters.current()).expect(group);
        }
    }

    /**
     * One post's engagement, fetched with that of every post its request has answered so far (a feed page, a thread,
     * a profile's posts); null if social does not answer for it.
     */
    PostEngagement engagement(Post post) {
        String authorization = caller.requireAuthorization();
        return engagement.get(post.postId(), post::answeredWithIt, missing -> social.engagement(authorization, missing));
    }

    /** One user's counts, fetched with those of the rest of their page, or of every author the request has answered. */
    RelationshipCounts counts(UUID userId) {
        String authorization = caller.requireAuthorization();
        return counts.get(userId, () -> people(userId), missing -> social.counts(authorization, missing));
    }

    /** How the caller stands with one user, fetched as {@link #counts(UUID)}. */
    Relationship relationship(UUID userId) {
        String authorization = caller.requireAuthorization();
        return relationships.get(userId, () -> people(userId), missing -> social.relationships(authorization, missing));
    }

    private List<UUID> people(UUID userId) {
        List<UUID> group = peopleGroups.get(userId);
        return group != null ? group : Post.authorsAnswered(requesters.current());
    }

    /** Each user's follower and following counts, in the order given; null for one social did not answer for. */
    List<RelationshipCounts> counts(List<UUID> userIds) {
        String authorization = caller.requireAuthorization();
        return counts.getAll(userIds, missing -> social.counts(authorization, missing));
    }

    /** How the caller stands with each user, in the order given; null for one social did not answer for. */
    List<Relationship> relationships(List<UUID> userIds) {
        String authorization = caller.requireAuthorization();
        return relationships.getAll(userIds, missing -> social.relationships(authorization, missing));
    }
}
