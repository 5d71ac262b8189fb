package nova.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Moderation over GraphQL, through the content context: a member reports a post, a moderator finds it in the queue
 * with its text and hides it (a tombstone for everyone else, its reason recorded), a plain member is refused
 * every moderator operation, and banning an author hides all their content until the ban is lifted.
 */
class ContentModerationIT {

    @Test
    void aReportedPostIsHiddenByAModeratorAndBecomesATombstone() throws Exception {
        Members.Member author = Members.newcomer("modauthor");
        Members.Member reporter = Members.newcomer("reporter");
        Members.Member moderator = Members.withRole("moderator", "moderator", "moderate_content");
        String text = "buy cheap followers at spam.example " + System.nanoTime();
        String postId = ModerationSystem.post(author, text);
        String replyId = reporter.execute(ModerationSystem.REPLY, Map.of("text", "this is spam", "to", postId))
                .data("createPost").getString("id");

        Gql.Result own = author.execute(ModerationSystem.REPORT, Map.of("category", "SPAM",
                "items", List.of(Map.of("type", "POST", "id", postId))));
        assertEquals(Optional.of("VALIDATION_FAILED"), own.code(), "nobody reports their own post");
        assertEquals(List.of("items[0].id"), own.fieldsInError());

        JsonObject report = reporter.execute(ModerationSystem.REPORT, Map.of("category", "SPAM", "comment", "a bot",
                "items", List.of(Map.of("type", "POST", "id", postId)))).data("report");
        assertEquals("OPEN", report.getString("status"));
        assertEquals(reporter.id(), report.getString("reporterId"));
        String reportId = report.getString("id");

        JsonObject queued = awaitInQueue(moderator, reportId);
        JsonObject item = queued.getJsonArray("items").getJsonObject(0);
        assertEquals(postId, item.getString("id"));
        assertEquals(author.id(), item.getString("authorId"));
        assertEquals(text, item.getString("text"), "the moderator sees the text as it is now");
        assertEquals("VISIBLE", item.getString("state"));

        JsonObject hidden = moderator.execute(ModerationSystem.MODERATE,
                ModerationSystem.decision("POST", postId, "HIDE", "commercial spam", reportId)).data("moderate");
        assertEquals("HIDDEN", hidden.getString("state"));
        assertEquals(author.id(), hidden.getString("authorId"));
        assertEquals(reportId, hidden.getString("reportId"));

        assertEquals(Optional.empty(), ModerationSystem.read(reporter, postId), "hidden: NOT_FOUND to a reader");
        assertEquals(Optional.empty(), ModerationSystem.read(author, postId), "and to its author while hidden");
        JsonObject ancestor = reporter.execute(ModerationSystem.THREAD, Map.of("id", replyId)).data("thread")
                .getJsonArray("ancestors").getJsonObject(0);
        assertEquals(postId, ancestor.getString("id"));
        assertEquals("HIDDEN", ancestor.getString("state"), "a tombstone in the thread");
        assertTrue(ancestor.isNull("text") || ancestor.getString("text").isEmpty(), ancestor.toString());

        Gql.Result again = moderator.execute(ModerationSystem.DISMISS, Map.of("id", reportId));
        assertEquals(Optional.of("CONFLICT"), again.code(), "the report was resolved by the action");
        JsonObject restored = moderator.execute(ModerationSystem.MODERATE,
                ModerationSystem.decision("POST", postId, "RESTORE", "appeal granted", null)).data("moderate");
        assertEquals("VISIBLE", restored.getString("state"));
        assertEquals(text, ModerationSystem.read(reporter, postId).orElseThrow().getString("text"));
    }

    @Test
    void aPlainMemberIsForbiddenTheQueueAndEveryAction() throws Exception {
        Members.Member author = Members.newcomer("victim");
        Members.Member mallory = Members.newcomer("mallory");
        String postId = ModerationSystem.post(author, "an ordinary post " + System.nanoTime());
        String reportId = mallory.execute(ModerationSystem.REPORT, Map.of("category", "OTHER",
                "items", List.of(Map.of("type", "POST", "id", postId)))).data("report").getString("id");

        for (Gql.Result refused : List.of(
                mallory.execute(ModerationSystem.QUEUE, Map.of()),
                mallory.execute(ModerationSystem.MODERATE,
                        ModerationSystem.decision("POST", postId, "HIDE", "I do not like it", null)),
                mallory.execute(ModerationSystem.DISMISS, Map.of("id", reportId)))) {
            assertEquals(Optional.of("FORBIDDEN"), refused.code(), refused.errors().toString());
        }
        assertTrue(ModerationSystem.read(author, postId).isPresent(), "the post is still shown");

        Members.Member moderator = Members.withRole("moderator2", "moderator", "moderate_content");
        Gql.Result noReason = moderator.execute(ModerationSystem.MODERATE,
                ModerationSystem.decision("POST", postId, "HIDE", "  ", null));
        assertEquals(Optional.of("VALIDATION_FAILED"), noReason.code());
        assertEquals(List.of("reason"), noReason.fieldsInError());
        JsonObject dismissed = moderator.execute(ModerationSystem.DISMISS, Map.of("id", reportId)).data("dismissReport");
        assertEquals("RESOLVED", dismissed.getString("status"));
        assertEquals("DISMISSED", dismissed.getString("resolution"));
        assertTrue(ModerationSystem.read(mallory, postId).isPresent(), "dismissed: the post stays");
    }

    @Test
    void banningAnAuthorHidesTheirContentAndUnbanningShowsItAgain() throws Exception {
        Members.Member author = Members.newcomer("banned");
        Members.Member reader = Members.newcomer("reader");
        Members.Member moderator = Members.withRole("banner", "moderator", "ban_users");
        String first = ModerationSystem.post(author, "first of mine " + System.nanoTime());
        String second = ModerationSystem.post(author, "second of mine " + System.nanoTime());
        assertTrue(ModerationSystem.read(reader, first).isPresent());

        moderator.execute(AdministrationGraphqlIT.BAN, Map.of("userId", author.id(), "reason", "spam wave"))
                .data("banUser");
        ModerationSystem.awaitShown(reader, first, false);
        ModerationSystem.awaitShown(reader, second, false);

        moderator.execute(AdministrationGraphqlIT.UNBAN, Map.of("userId", author.id())).data("unbanUser");
        ModerationSystem.awaitShown(reader, first, true);
        ModerationSystem.awaitShown(reader, second, true);
    }

    /** Pages through the queue (as a moderator) until the report is there; the report as queued. */
    static JsonObject awaitInQueue(Members.Member moderator, String reportId) {
        String after = null;
        for (int pages = 0; pages < 50; pages++) {
            Map<String, Object> variables = after == null ? Map.of("first", 100) : Map.of("first", 100, "after", after);
            JsonObject queue = moderator.execute(ModerationSystem.QUEUE, variables).data("moderationQueue");
            for (JsonObject node : queue.getJsonArray("nodes").getValuesAs(JsonObject.class)) {
                if (node.getString("id").equals(reportId)) {
                    return node;
                }
            }
            if (!queue.getJsonObject("pageInfo").getBoolean("hasNextPage")) {
                break;
            }
            after = queue.getJsonObject("pageInfo").getString("endCursor");
        }
        throw new AssertionError("report " + reportId + " is not in the open queue");
    }
}
