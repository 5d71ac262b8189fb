package nova.gateway.social;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nova.contracts.social.AccountPage;
import nova.contracts.social.FeedPage;
import nova.contracts.social.PostEngagement;
import nova.contracts.social.Relationship;
import nova.contracts.social.RelationshipCounts;
import nova.gateway.infra.Caller;

/** The social client as the unit tests play it: answers made up from the ids, every call recorded. */
class FakeSocial extends SocialClient {

    final List<String> calls = new ArrayList<>();
    final List<List<UUID>> batches = new ArrayList<>();
    RuntimeException failure;
    Function<UUID, Boolean> answersFor = id -> true;
    FeedPage feed = new FeedPage(List.of(), null);
    AccountPage accounts = new AccountPage(List.of(), null);

    private <T> List<T> batch(String call, Collection<UUID> ids, Function<UUID, T> answer) {
        calls.add(call);
        batches.add(List.copyOf(ids));
        if (failure != null) {
            throw failure;
        }
        return ids.stream().filter(answersFor::apply).map(answer).toList();
    }

    static long likes(UUID postId) {
        return Math.abs(postId.getLeastSignificantBits() % 1000);
    }

    @Override
    public List<PostEngagement> engagement(String authorization, Collection<UUID> postIds) {
        return batch("engagement", postIds, id -> new PostEngagement(id, likes(id), 2, true, false));
    }

    @Override
    public List<RelationshipCounts> counts(String authorization, Collection<UUID> ids) {
        return batch("counts", ids, id -> new RelationshipCounts(id, likes(id), 7));
    }

    @Override
    public List<Relationship> relationships(String authorization, Collection<UUID> ids) {
        return batch("relationships", ids, id -> new Relationship(id, true, false, false, false, true));
    }

    @Override
    public FeedPage feed(String authorization, String after, Integer limit) {
        calls.add("feed");
        return feed;
    }

    @Override
    public AccountPage followers(String authorization, UUID userId, String after, Integer limit) {
        calls.add("followers");
        return accounts;
    }

    @Override
    public Relationship follow(String authorization, UUID userId) {
        calls.add("follow");
        return new Relationship(userId, true, false, false, false, false);
    }

    /** A caller who sent a bearer token, or none. */
    static Caller caller(String authorization) {
        return caller(authorization, java.util.Set.of());
    }

    /** A caller whose document asks for the fields named in {@code asked} (what resolvers may fetch ahead for). */
    static Caller caller(String authorization, java.util.Set<String> asked) {
        return new Caller() {
            @Override
            public boolean asksFor(String... names) {
                return java.util.Arrays.stream(names).anyMatch(asked::contains);
            }

            @Override
            public String requireAuthorization() {
                if (authorization == null) {
                    return super.requireAuthorization();
                }
                return authorization;
            }

            @Override
            public java.util.Optional<String> authorization() {
                return java.util.Optional.ofNullable(authorization);
            }
        };
    }
}
