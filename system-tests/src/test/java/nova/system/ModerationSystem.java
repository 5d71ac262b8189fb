package nova.system;

import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Moderation's helpers for the system tests: posts to moderate, reports, the queue, and waiting on what a reader sees. */
final class ModerationSystem {

    static final String CREATE_POST = "mutation create($text: String!) { createPost(input: {text: $text}) { id authorId text state } }";
    static final String POST = "query post($id: ID!) { post(id: $id) { id text state } }";
    static final String REPLY = "mutation reply($text: String!, $to: String!) {"
            + " createPost(input: {text: $text, replyToId: $to}) { id } }";
    static final String THREAD = "query thread($id: ID!) { thread(postId: $id) { ancestors { id text state } post { id } } }";
    static final String REPORT = "mutation report($category: ReportCategory!, $comment: String, $items: [ReportedItemInput!]!) {"
            + " report(input: {category: $category, comment: $comment, items: $items}) {"
            + " id reporterId category comment status items { type id } } }";
    static final String QUEUE = "query queue($first: Int, $after: String) { moderationQueue(first: $first, after: $after) {"
            + " nodes { id category comment status items { type id authorId text state } }"
            + " pageInfo { hasNextPage endCursor } } }";
    static final String MODERATE = "mutation moderate($input: ModerateInput!) { moderate(input: $input) {"
            + " id itemType itemId authorId action reason moderatorId reportId state } }";
    static final String DISMISS = "mutation dismiss($id: ID!) { dismissReport(id: $id) { id status resolution } }";

    private ModerationSystem() {
    }

    /** {@code moderate}'s variables: {@code type}, {@code id}, {@code action}, {@code reason} and an optional {@code reportId}. */
    static java.util.Map<String, Object> decision(String type, String id, String action, String reason, String reportId) {
        java.util.Map<String, Object> input = new java.util.HashMap<>(Map.of("itemType", type, "itemId", id, "action", action,
                "reason", reason));
        if (reportId != null) {
            input.put("reportId", reportId);
        }
        return Map.of("input", input);
    }

    /** A new public post of {@code author}'s; its id. */
    static String post(Members.Member author, String text) {
        return author.execute(CREATE_POST, Map.of("text", text)).data("createPost").getString("id");
    }

    /** {@code post(id)} as {@code reader}: the post, or empty when the answer is NOT_FOUND. */
    static Optional<JsonObject> read(Members.Member reader, String postId) {
        Gql.Result result = reader.execute(POST, Map.of("id", postId));
        if (result.code().equals(Optional.of("NOT_FOUND"))) {
            return Optional.empty();
        }
        JsonObject post = result.data("post");
        return Optional.ofNullable(post);
    }

    /** Waits until {@code reader} sees the post ({@code shown}) or is told there is none. */
    static void awaitShown(Members.Member reader, String postId, boolean shown) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> read(reader, postId).isPresent() == shown);
    }
}
