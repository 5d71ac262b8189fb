package nova.system;

import static nova.system.ContentSystem.assertRefused;
import static nova.system.ContentSystem.createPost;
import static nova.system.ContentSystem.postInput;
import static nova.system.ContentSystem.read;
import static nova.system.SocialSystem.LIKE;
import static nova.system.SocialSystem.LIKERS;
import static nova.system.SocialSystem.SHARE;
import static nova.system.SocialSystem.people;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.graphql.client.GraphQLError;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nova.contracts.content.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A context stopped while the others run (SIGTERM: Liberty stops cleanly) and started again by the launcher: with
 * content down a like or a share is {@code UNAVAILABLE} and writes nothing (EngagementIT's subject); with the user
 * context down a post's create is {@code UNAVAILABLE} and writes nothing while reads keep working (ContentBadInputIT's).
 */
// alone, no other test class beside it (parallel system tests, see system-tests/pom.xml): each test stops a context;
// the rest of EngagementIT and ContentBadInputIT runs beside other classes
@Isolated
class ContextsDownIT {

    @Test
    void withContentDownALikeIsUnavailableAndNothingIsWritten() throws Exception {
        Members.Member ada = SocialSystem.newcomer("endada");
        Members.Member bob = SocialSystem.newcomer("endbob");
        Post post = SocialSystem.post(ada, "while content sleeps", "public");
        assertEquals(0, EngagementIT.likeCount(bob, post.id()));

        Backbone.whileStopped("content", () -> {
            Gql.Result refused = bob.execute(LIKE, Map.of("id", post.id().toString()));
            assertEquals(Optional.of("UNAVAILABLE"), refused.code());
            assertEquals(Optional.of("UNAVAILABLE"), bob.execute(SHARE, Map.of("id", post.id().toString())).code());
            // social itself still answers its reads
            assertEquals(List.of(), people(ada, LIKERS, "likers", post.id().toString()));
        });
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> bob.execute(EngagementIT.POST, Map.of("id", post.id().toString())).errors().isEmpty());
        assertEquals(0, EngagementIT.likeCount(bob, post.id()), "the refused like left nothing behind");
        assertEquals(List.of(), people(ada, LIKERS, "likers", post.id().toString()));
        assertEquals(0, EngagementIT.postAsSeenBy(bob, post.id()).getInt("shareCount"));
        assertFalse(EngagementIT.postAsSeenBy(bob, post.id()).getBoolean("likedByMe"));
        // liking works again once social's own circuit to content has closed
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> bob.execute(LIKE, Map.of("id", post.id().toString())).errors().isEmpty());
        assertEquals(1, EngagementIT.likeCount(bob, post.id()));
    }

    @Test
    void withTheUserContextDownACreateIsUnavailableAndWritesNothingWhileReadsWork() throws Exception {
        Members.Member ada = Members.newcomer("writer");
        Members.Member bob = Members.newcomer("intruder");
        String earlier = ContentSystem.post(ada, postInput("written while all is up")).getString("id");
        List<String> before = ContentSystem.postIdsOf(ada, ada);
        Backbone.whileStopped("user", () -> {
            assertRefused(createPost(ada, postInput("while user is down @" + bob.username()), null), "UNAVAILABLE", "createPost");
            // (a post's author is the user context's to say: asked for here, it would carry UNAVAILABLE, as below)
            assertEquals(before, ContentSystem.postIdsOf(ada, ada), "nothing written, and reads work");
            assertEquals("written while all is up", bob.execute(ContentSystem.POST_TEXT, Map.of("id", earlier))
                    .data("post").getString("text"));
            assertEquals(earlier, bob.execute("query t($id: ID!) { thread(postId: $id) { post { id text } } }",
                    Map.of("id", earlier)).data("thread").getJsonObject("post").getString("id"));

            // the post arrives; only its author, which needs the user context, carries the error
            Gql.Result withAuthor = read(bob, earlier);
            JsonObject partial = withAuthor.response().getData().getJsonObject("post");
            assertEquals("written while all is up", partial.getString("text"));
            assertTrue(partial.isNull("author"));
            GraphQLError error = withAuthor.error();
            assertEquals(List.of("post", "author"), error.getPath() == null ? null
                    : java.util.Arrays.stream(error.getPath()).map(String::valueOf).toList());
            assertEquals(Optional.of("UNAVAILABLE"), withAuthor.code());
        });
        assertEquals(ada.username(), read(bob, earlier).data("post").getJsonObject("author").getString("username"));
    }
}
