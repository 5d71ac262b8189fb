package nova.social.container;

import static nova.social.container.SocialFixture.SOCIAL;
import static nova.social.container.SocialFixture.delete;
import static nova.social.container.SocialFixture.get;
import static nova.social.container.SocialFixture.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nova.testsupport.Deployments;
import nova.testsupport.Http;
import nova.testsupport.InContainer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Likes and shares against the real database, each post checked with content (played by the test on its port,
 * answering {@code GET /posts/{id}} as content does): exact counts under 1,000 concurrent likes and unlikes,
 * idempotence, 404 for what content does not show, 503 and nothing written while content is down.
 */
@InContainer
class EngagementContainerIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void start() throws Exception {
        SocialFixture.start();
    }

    static List<Integer> concurrently(int threads, List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls, 5, TimeUnit.MINUTES)) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    static long likes(UUID post) {
        return SOCIAL.count("SELECT likes FROM post_refs WHERE post_id = ?", post);
    }

    @Test
    void aThousandConcurrentLikesAndUnlikesCountExactly() throws Exception {
        UUID author = UUID.randomUUID();
        UUID post = UUID.randomUUID();
        SocialFixture.contentHas(post, author, "public");
        List<UUID> likers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            likers.add(UUID.randomUUID());
        }

        List<Callable<Integer>> likes = likers.stream()
                .<Callable<Integer>>map(u -> () -> put(u, "/posts/" + post + "/like").statusCode()).toList();
        List<Integer> statuses = concurrently(48, likes);

        assertEquals(List.of(200), statuses.stream().distinct().toList());
        assertEquals(1000, likes(post));
        assertEquals(1000, SOCIAL.count("SELECT count(*) FROM likes WHERE post_id = ?", post));
        assertEquals(1000, SOCIAL.count("SELECT count(*) FROM outbox_events WHERE aggregate_id = ? AND type = 'social.like.created'",
                post.toString()));

        // half take their like back while the other half like again (changing nothing), all at once
        List<Callable<Integer>> mixed = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            UUID u = likers.get(i);
            mixed.add(i % 2 == 0 ? () -> delete(u, "/posts/" + post + "/like").statusCode()
                    : () -> put(u, "/posts/" + post + "/like").statusCode());
        }
        assertEquals(List.of(200), concurrently(48, mixed).stream().distinct().toList());

        assertEquals(500, likes(post));
        assertEquals(500, SOCIAL.count("SELECT count(*) FROM likes WHERE post_id = ?", post));
        assertEquals(500, SOCIAL.count("SELECT count(*) FROM outbox_events WHERE aggregate_id = ? AND type = 'social.like.removed'",
                post.toString()));
        JsonArray batch = Http.json("{\"a\":" + get(likers.get(1), "/posts/engagement?ids=" + post + "," + UUID.randomUUID())
                .body() + "}").getJsonArray("a");
        assertEquals(500, batch.getJsonObject(0).getInt("likes"));
        assertTrue(batch.getJsonObject(0).getBoolean("likedByMe"));
        assertEquals(0, batch.getJsonObject(1).getInt("likes"), "an unknown post has no likes");
        JsonObject likersPage = Http.json(get(likers.get(1), "/posts/" + post + "/likers?limit=100"));
        assertEquals(100, likersPage.getJsonArray("items").size());
        assertTrue(likersPage.containsKey("nextCursor") && !likersPage.isNull("nextCursor"));
    }

    @Test
    void aShareIsIdempotentAndOnlyOfPublicPosts() {
        UUID author = UUID.randomUUID();
        UUID sharer = UUID.randomUUID();
        UUID post = UUID.randomUUID();
        UUID followersOnly = UUID.randomUUID();
        SocialFixture.contentHas(post, author, "public");
        SocialFixture.contentHas(followersOnly, author, "followers");

        JsonObject shared = Http.json(put(sharer, "/posts/" + post + "/share"));
        Http.json(put(sharer, "/posts/" + post + "/share"));

        assertEquals(1, shared.getInt("shares"));
        assertTrue(shared.getBoolean("sharedByMe"));
        assertEquals(1, SOCIAL.count("SELECT count(*) FROM outbox_events WHERE aggregate_id = ? AND type = 'social.share.created'",
                post.toString()));
        assertEquals(409, put(sharer, "/posts/" + followersOnly + "/share").statusCode());
        JsonObject unshared = Http.json(delete(sharer, "/posts/" + post + "/share"));
        assertEquals(0, unshared.getInt("shares"));
        assertFalse(unshared.getBoolean("sharedByMe"));
    }

    @Test
    void aPostContentDoesNotShowIsNotFoundAndNothingIsWritten() {
        UUID post = UUID.randomUUID();
        HttpResponse<String> like = put(UUID.randomUUID(), "/posts/" + post + "/like");
        assertEquals(404, like.statusCode(), like.body());
        assertEquals("not-found", Http.problem(like));
        assertEquals(0, SOCIAL.count("SELECT count(*) FROM post_refs WHERE post_id = ?", post));
    }

    @Test
    void withContentDownALikeIsUnavailableAndNothingIsWritten() throws Exception {
        UUID author = UUID.randomUUID();
        UUID post = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        SocialFixture.contentHas(post, author, "public");
        SocialFixture.contentDown();
        try {
            HttpResponse<String> like = put(member, "/posts/" + post + "/like");
            HttpResponse<String> share = put(member, "/posts/" + post + "/share");

            assertEquals(503, like.statusCode(), like.body());
            assertEquals("unavailable", Http.problem(like));
            assertEquals(503, share.statusCode(), share.body());
        } finally {
            SocialFixture.contentBack();
        }
        assertEquals(0, SOCIAL.count("SELECT count(*) FROM post_refs WHERE post_id = ?", post));
        assertEquals(0, SOCIAL.count("SELECT count(*) FROM likes WHERE user_id = ?", member));
        assertEquals(0, SOCIAL.count("SELECT count(*) FROM outbox_events WHERE aggregate_id = ?", post.toString()));
    }
}
