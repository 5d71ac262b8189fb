package nova.system;

import static nova.system.SocialSystem.LIKE;
import static nova.system.SocialSystem.LIKERS;
import static nova.system.SocialSystem.SHARE;
import static nova.system.SocialSystem.UNLIKE;
import static nova.system.SocialSystem.UNSHARE;
import static nova.system.SocialSystem.engage;
import static nova.system.SocialSystem.people;
import static nova.system.SocialSystem.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nova.contracts.content.Post;
import org.junit.jupiter.api.Test;

/**
 * Likes and shares through the gateway: idempotent, exact under concurrency, shown on the post
 * ({@code likeCount}, {@code likedByMe}) and as likers; refused honestly, with nothing written, while content, which
 * says whether a post exists and may be seen, is down ({@link ContextsDownIT}).
 */
class EngagementIT {

    /** content's post(id), with the batch fields social adds to Post. */
    static final String POST = "query post($id: ID!) { post(id: $id) { id likeCount shareCount likedByMe sharedByMe } }";

    @Test
    void likeAndUnlikeAreIdempotentAndShowOnThePostAndItsLikers() throws Exception {
        Members.Member ada = SocialSystem.newcomer("enada");
        Members.Member bob = SocialSystem.newcomer("enbob");
        Members.Member cy = SocialSystem.newcomer("ency");
        Post post = post(ada, "like me", "public");

        JsonObject liked = engage(bob, LIKE, post.id());
        assertEquals(post.id().toString(), liked.getString("postId"));
        assertEquals(1, liked.getInt("likeCount"));
        assertTrue(liked.getBoolean("likedByMe"));
        assertEquals(1, engage(bob, LIKE, post.id()).getInt("likeCount"), "liking again changes nothing");
        assertTrue(postAsSeenBy(bob, post.id()).getBoolean("likedByMe"));
        assertFalse(postAsSeenBy(ada, post.id()).getBoolean("likedByMe"));
        JsonObject second = engage(cy, LIKE, post.id());
        assertEquals(2, second.getInt("likeCount"));
        assertEquals(Set.of(bob.id(), cy.id()), Set.copyOf(people(ada, LIKERS, "likers", post.id().toString())));

        JsonObject unliked = engage(bob, UNLIKE, post.id());
        assertEquals(1, unliked.getInt("likeCount"));
        assertFalse(unliked.getBoolean("likedByMe"));
        assertEquals(1, engage(bob, UNLIKE, post.id()).getInt("likeCount"), "unliking again changes nothing");
        assertEquals(List.of(cy.id()), people(ada, LIKERS, "likers", post.id().toString()));

        JsonObject shared = engage(cy, SHARE, post.id());
        assertEquals(1, shared.getInt("shareCount"));
        assertTrue(shared.getBoolean("sharedByMe"));
        assertEquals(1, engage(cy, SHARE, post.id()).getInt("shareCount"));
        assertEquals(0, engage(cy, UNSHARE, post.id()).getInt("shareCount"));
    }

    @Test
    void aPostNobodyMaySeeCannotBeLiked() throws Exception {
        Members.Member ada = SocialSystem.newcomer("enhada");
        Members.Member bob = SocialSystem.newcomer("enhbob");
        Post secret = post(ada, "only for followers", "followers");

        assertEquals(Optional.of("NOT_FOUND"), bob.execute(LIKE, Map.of("id", secret.id().toString())).code());
        assertEquals(Optional.of("NOT_FOUND"), bob.execute(LIKE, Map.of("id", UUID.randomUUID().toString())).code());
        assertEquals(Optional.of("NOT_FOUND"), bob.execute(LIKE, Map.of("id", "42")).code());
        assertEquals(1, engage(ada, LIKE, secret.id()).getInt("likeCount"), "the author may; bob's refused likes left nothing");
    }

    @Test
    void aBlockRefusesLikesAndSharesEitherWayAndHidesLikersFromEachOther() throws Exception {
        Members.Member ada = SocialSystem.newcomer("enbada");
        Members.Member bob = SocialSystem.newcomer("enbbob");
        Members.Member cat = SocialSystem.newcomer("enbcat");
        Members.Member dan = SocialSystem.newcomer("enbdan");
        Post post = post(ada, "liked by some", "public");
        engage(bob, LIKE, post.id());
        engage(cat, LIKE, post.id());

        SocialSystem.relate(cat, SocialSystem.BLOCK, bob);
        assertEquals(List.of(cat.id()), people(cat, LIKERS, "likers", post.id().toString()), "cat no longer sees bob");
        assertEquals(List.of(bob.id()), people(bob, LIKERS, "likers", post.id().toString()), "nor bob cat");
        assertEquals(Set.of(bob.id(), cat.id()), Set.copyOf(people(ada, LIKERS, "likers", post.id().toString())),
                "a third member sees both");

        SocialSystem.relate(ada, SocialSystem.BLOCK, dan);
        assertEquals(Optional.of("NOT_FOUND"), dan.execute(LIKE, Map.of("id", post.id().toString())).code(),
                "the author blocks dan");
        assertEquals(Optional.of("NOT_FOUND"), dan.execute(SHARE, Map.of("id", post.id().toString())).code());
        Post dans = post(dan, "by the blocked", "public");
        assertEquals(Optional.of("NOT_FOUND"), ada.execute(LIKE, Map.of("id", dans.id().toString())).code(),
                "nor may the blocker like the blocked's post");
        assertEquals(2, likeCount(ada, post.id()), "the refused like left nothing");
        assertEquals(0, postAsSeenBy(ada, post.id()).getInt("shareCount"), "the refused share left nothing");
        assertEquals(0, likeCount(dan, dans.id()));
    }

    @Test
    void concurrentLikesAndUnlikesEndWithTheExactCount() throws Exception {
        Members.Member ada = SocialSystem.newcomer("encada");
        Post post = post(ada, "popular", "public");
        List<Members.Member> fans = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            fans.add(SocialSystem.newcomer("encfan" + i));
        }

        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Object>> likes = new ArrayList<>();
            for (Members.Member fan : fans) {
                // every fan likes twice at once: idempotent under races too
                likes.add(() -> engage(fan, LIKE, post.id()));
                likes.add(() -> engage(fan, LIKE, post.id()));
            }
            for (Future<Object> done : pool.invokeAll(likes)) {
                done.get();
            }
            assertEquals(24, likeCount(ada, post.id()));

            List<Callable<Object>> mixed = new ArrayList<>();
            for (int i = 0; i < fans.size(); i++) {
                Members.Member fan = fans.get(i);
                // the first 8 take their like back (twice each) while the others like again
                mixed.add(i < 8 ? () -> engage(fan, UNLIKE, post.id()) : () -> engage(fan, LIKE, post.id()));
                mixed.add(i < 8 ? () -> engage(fan, UNLIKE, post.id()) : () -> engage(fan, LIKE, post.id()));
            }
            for (Future<Object> done : pool.invokeAll(mixed)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(16, likeCount(ada, post.id()));
        assertEquals(16, people(ada, LIKERS, "likers", post.id().toString()).size());
    }

    /** The post's likeCount as the batch field on content's Post shows it. */
    static int likeCount(Members.Member member, UUID postId) {
        return postAsSeenBy(member, postId).getInt("likeCount");
    }

    static JsonObject postAsSeenBy(Members.Member member, UUID postId) {
        return member.execute(POST, Map.of("id", postId.toString())).data("post");
    }
}
