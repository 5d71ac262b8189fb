package nova.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The content context as the content system tests use it: posts, threads, articles, comments and edit histories
 * over GraphQL, the way a client writes them, and what each answer should hold.
 */
final class ContentSystem {

    static final String POST_FIELDS = """
            id authorId text visibility contentWarning sensitive language mediaIds mentionIds hashtags replyToId
            quoteOfId conversationRootId replyCount state createdAt editedAt""";
    static final String CREATE_POST = """
            mutation createPost($input: PostInput!, $key: String) {
              createPost(input: $input, idempotencyKey: $key) { %s author { id username } media { id status } }
            }""".formatted(POST_FIELDS);
    static final String POST = """
            query post($id: ID!) {
              post(id: $id) { %s author { id username } media { id status kind }
                replyTo { id text author { username } } quoteOf { id text author { username } } }
            }""".formatted(POST_FIELDS);
    static final String POST_TEXT = "query post($id: ID!) { post(id: $id) { id text state } }";
    static final String EDIT_POST = """
            mutation editPost($id: ID!, $input: PostEditInput!) { editPost(id: $id, input: $input) { %s } }"""
            .formatted(POST_FIELDS);
    static final String DELETE_POST = "mutation deletePost($id: ID!) { deletePost(id: $id) }";
    static final String THREAD = """
            query thread($id: ID!) {
              thread(postId: $id) {
                ancestors { id text state author { username } }
                post { id text state replyCount author { username } }
                descendants { id text state replyToId author { username } }
              }
            }""";
    static final String POSTS_BY_AUTHOR = """
            query postsByAuthor($userId: ID!, $first: Int, $after: String) {
              postsByAuthor(userId: $userId, first: $first, after: $after) {
                nodes { id text visibility state author { username } } pageInfo { hasNextPage endCursor }
              }
            }""";
    static final String EDIT_HISTORY = """
            query editHistory($kind: ContentKind!, $id: ID!) {
              editHistory(kind: $kind, id: $id) { version title text contentWarning sensitive mediaIds at }
            }""";
    static final String ARTICLE_FIELDS = """
            id authorId title slug body html coverMediaId language status state createdAt editedAt publishedAt
            author { id username } cover { id status }""";
    static final String CREATE_ARTICLE = "mutation createArticle($input: ArticleInput!) { createArticle(input: $input) { %s } }"
            .formatted(ARTICLE_FIELDS);
    static final String EDIT_ARTICLE = """
            mutation editArticle($id: ID!, $input: ArticleInput!) { editArticle(id: $id, input: $input) { %s } }"""
            .formatted(ARTICLE_FIELDS);
    static final String PUBLISH_ARTICLE = "mutation publishArticle($id: ID!) { publishArticle(id: $id) { %s } }"
            .formatted(ARTICLE_FIELDS);
    static final String ARTICLE = "query article($id: ID!) { article(id: $id) { %s } }".formatted(ARTICLE_FIELDS);
    static final String ARTICLE_BY_SLUG = "query articleBySlug($slug: String!) { articleBySlug(slug: $slug) { %s } }"
            .formatted(ARTICLE_FIELDS);
    static final String ARTICLES_BY_AUTHOR = """
            query articlesByAuthor($userId: ID!) {
              articlesByAuthor(userId: $userId) { nodes { id title status } pageInfo { hasNextPage endCursor } }
            }""";
    static final String ADD_COMMENT = """
            mutation addComment($input: CommentInput!) {
              addComment(input: $input) { id targetType targetId parentId authorId text depth state createdAt author { username } }
            }""";
    static final String EDIT_COMMENT = "mutation editComment($id: ID!, $text: String!) { editComment(id: $id, text: $text) { id text editedAt } }";
    static final String DELETE_COMMENT = "mutation deleteComment($id: ID!) { deleteComment(id: $id) }";
    static final String COMMENTS = """
            query comments($type: CommentTarget!, $id: ID!, $first: Int, $after: String) {
              comments(targetType: $type, targetId: $id, first: $first, after: $after) {
                nodes { id parentId authorId text depth state author { username } } pageInfo { hasNextPage endCursor }
              }
            }""";

    private ContentSystem() {
    }

    /** A post input: {@code text}, and whatever else is given as name, value pairs. */
    static Map<String, Object> postInput(String text, Object... more) {
        Map<String, Object> input = new HashMap<>();
        if (text != null) {
            input.put("text", text);
        }
        for (int i = 0; i < more.length; i += 2) {
            input.put((String) more[i], more[i + 1]);
        }
        return input;
    }

    static Gql.Result createPost(Members.Member member, Map<String, Object> input, String idempotencyKey) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("input", input);
        if (idempotencyKey != null) {
            variables.put("key", idempotencyKey);
        }
        return member.execute(CREATE_POST, variables);
    }

    /** Writes a post that must be accepted; the post as answered. */
    static JsonObject post(Members.Member member, Map<String, Object> input) {
        return createPost(member, input, null).data("createPost");
    }

    static Gql.Result read(Members.Member member, String id) {
        return member.execute(POST, Map.of("id", id));
    }

    static Gql.Result thread(Members.Member member, String id) {
        return member.execute(THREAD, Map.of("id", id));
    }

    static List<JsonObject> nodes(JsonObject connection) {
        return connection.getJsonArray("nodes").getValuesAs(JsonObject.class);
    }

    /** Every post of {@code author} that {@code reader} may see (all of their own, for the author). */
    /** The ids of an author's posts as {@code reader} sees them, asking nothing of the user context. */
    static List<String> postIdsOf(Members.Member reader, Members.Member author) {
        return nodes(reader.execute("""
                query postIds($userId: ID!) { postsByAuthor(userId: $userId, first: 100) { nodes { id } } }""",
                Map.of("userId", author.id())).data("postsByAuthor")).stream().map(p -> p.getString("id")).toList();
    }

    static List<JsonObject> postsOf(Members.Member reader, Members.Member author) {
        return nodes(reader.execute(POSTS_BY_AUTHOR, Map.of("userId", author.id(), "first", 100))
                .data("postsByAuthor"));
    }

    static List<String> strings(JsonObject json, String field) {
        return json.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    static List<String> ids(List<JsonObject> items) {
        return items.stream().map(i -> i.getString("id")).toList();
    }

    // --- refusals -------------------------------------------------------------------------------

    /** The answer is one error with {@code code}, no data for the field, and nothing internal in the message. */
    static Gql.Result assertRefused(Gql.Result result, String code, String field) {
        assertEquals(Optional.of(code), result.code(), result.errors().toString());
        String message = result.error().getMessage();
        assertFalse(message.contains("Exception") || message.contains("\tat ") || message.contains("nova."), message);
        JsonObject data = result.response().getData();
        assertTrue(data == null || data.isNull(field), "no data for a refused " + field + ": " + data);
        return result;
    }

    /** {@code VALIDATION_FAILED} naming {@code fieldError} among its fieldErrors. */
    static Gql.Result assertInvalid(Gql.Result result, String field, String fieldError) {
        assertRefused(result, "VALIDATION_FAILED", field);
        assertTrue(result.fieldsInError().contains(fieldError), fieldError + " in " + result.errors());
        return result;
    }

    /** Tags, attributes and URLs that could run code or restyle the page (as escaped text they are harmless). */
    private static final List<java.util.regex.Pattern> UNSAFE = List.of(
            java.util.regex.Pattern.compile("<\\s*(script|style|iframe|object|embed|form|svg|math)\\b"),
            java.util.regex.Pattern.compile("<[^>]*\\son[a-z]+\\s*="),
            java.util.regex.Pattern.compile("<[^>]*\\sstyle\\s*="),
            java.util.regex.Pattern.compile("<[^>]*\\s(href|src|action|formaction)\\s*=\\s*[\"']?\\s*(javascript|data|vbscript):"));

    /** Sanitised HTML: none of {@link #UNSAFE} anywhere. */
    static void assertSafeHtml(String html) {
        String lower = html.toLowerCase(java.util.Locale.ROOT);
        for (java.util.regex.Pattern unsafe : UNSAFE) {
            assertFalse(unsafe.matcher(lower).find(), unsafe + " in " + html);
        }
    }

    // --- media for attachments ------------------------------------------------------------------

    /** The first test-pattern frame content's photos use. */
    static final int FRAMES = 100;

    /**
     * A processed image of {@code member}'s, other bytes each time {@code n} differs; its id. The frames start at
     * {@link #FRAMES}: storage is content-addressed, and the media tests' own frames (below 100) must stay theirs
     * (MediaBadInputIT checks that bytes it had refused are not on the disk).
     */
    static String photo(Members.Member member, int n) {
        JsonObject uploaded = MediaSystem.upload(member, "photo-" + n + ".jpg", MediaFiles.jpeg(FRAMES + n), null);
        String id = uploaded.getString("id");
        MediaSystem.awaitComplete(member, id);
        return id;
    }

    /**
     * A video whose processing takes seconds (MPEG-4 part 2 in QuickTime, transcoded to H.264), new bytes each
     * call, so a post can be written while it is still being processed. 30 s at 720p: 20 s at 360p was once processed
     * before the test's next two calls had been answered, with two test classes running side by side.
     */
    static byte[] slowVideo() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "content-files").toAbsolutePath());
            Path file = dir.resolve("slow-" + UUID.randomUUID() + ".mov");
            Process ffmpeg = new ProcessBuilder("ffmpeg", "-nostdin", "-loglevel", "error", "-f", "lavfi", "-i",
                    "testsrc2=size=1280x720:rate=25", "-t", "30", "-c:v", "mpeg4", "-q:v", "5",
                    "-metadata", "comment=" + UUID.randomUUID(), file.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("ffmpeg.log").toFile()).start();
            if (!ffmpeg.waitFor(120, TimeUnit.SECONDS) || ffmpeg.exitValue() != 0) {
                ffmpeg.destroyForcibly();
                throw new IllegalStateException("ffmpeg could not make the video (see " + dir.resolve("ffmpeg.log") + ")");
            }
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code document} as {@code member} answers the error {@code code}. */
    static void awaitCode(Members.Member member, String document, Map<String, Object> variables, String code) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> member.execute(document, variables).code().equals(Optional.of(code)));
    }
}
