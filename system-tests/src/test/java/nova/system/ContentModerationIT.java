package nova.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nova.platform.events.CloudEvent;
import nova.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * Moderation over GraphQL, through the content context: a member reports a post, a moderator finds it in the queue
 * with its text and hides it (a tombstone for everyone else, its reason recorded, the author told by
 * {@code content.item.moderated}); a reported comment removed for good, its tombstone keeping its place; a plain
 * member is refused every moderator operation; banning an author hides all their content until the ban is lifted.
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

        JsonObject hidden;
        try (TopicReader topic = new TopicReader("nova.content")) {
            hidden = moderator.execute(ModerationSystem.MODERATE,
                    ModerationSystem.decision("POST", postId, "HIDE", "commercial spam", reportId)).data("moderate");
            // the author is told: content.item.moderated carries who wrote it, what was done and why
            CloudEvent told = topic.await("content.item.moderated", postId);
            assertEquals(author.id(), told.data().getString("authorId"));
            assertEquals("post", told.data().getString("itemType"));
            assertEquals("hide", told.data().getString("action"));
            assertEquals("commercial spam", told.data().getString("reason"));
            assertEquals(reportId, told.data().getString("reportId"));
        }
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
    void aReportedCommentIsRemovedForGoodItsTombstoneKeepsItsPlaceAndTheAuthorIsTold() throws Exception {
        Members.Member author = Members.newcomer("poster");
        Members.Member troll = Members.newcomer("troll");
        Members.Member reporter = Members.newcomer("witness");
        Members.Member moderator = Members.withRole("remover", "moderator", "moderate_content");
        String postId = ModerationSystem.post(author, "a calm post " + System.nanoTime());
        String insult = comment(troll, postId, null, "an insult " + System.nanoTime());
        String answer = comment(author, postId, insult, "please be kind");

        String reportId = reporter.execute(ModerationSystem.REPORT, Map.of("category", "HARASSMENT",
                "items", List.of(Map.of("type", "COMMENT", "id", insult)))).data("report").getString("id");
        JsonObject queued = awaitInQueue(moderator, reportId).getJsonArray("items").getJsonObject(0);
        assertEquals(insult, queued.getString("id"));
        assertEquals(troll.id(), queued.getString("authorId"));

        try (TopicReader topic = new TopicReader("nova.content")) {
            JsonObject removed = moderator.execute(ModerationSystem.MODERATE,
                    ModerationSystem.decision("COMMENT", insult, "REMOVE", "harassment", reportId)).data("moderate");
            assertEquals("REMOVED", removed.getString("state"));
            CloudEvent told = topic.await("content.item.moderated", insult);
            assertEquals(troll.id(), told.data().getString("authorId"));
            assertEquals("comment", told.data().getString("itemType"));
            assertEquals("remove", told.data().getString("action"));
            assertEquals("harassment", told.data().getString("reason"));
        }

        List<JsonObject> comments = ContentSystem.nodes(reporter.execute(ContentSystem.COMMENTS,
                Map.of("type", "POST", "id", postId, "first", 100)).data("comments"));
        assertEquals(List.of(insult, answer), ContentSystem.ids(comments), "the tombstone keeps its place");
        assertEquals("REMOVED", comments.get(0).getString("state"));
        assertTrue(comments.get(0).isNull("text") || comments.get(0).getString("text").isEmpty(), comments.get(0).toString());
        assertTrue(comments.get(0).isNull("authorId"), comments.get(0).toString());
        assertEquals("please be kind", comments.get(1).getString("text"), "the reply to it stays readable");

        Gql.Result restore = moderator.execute(ModerationSystem.MODERATE,
                ModerationSystem.decision("COMMENT", insult, "RESTORE", "second thoughts", null));
        assertEquals(Optional.of("CONFLICT"), restore.code(), "a removal is for good");
        assertEquals(Optional.of("CONFLICT"), moderator.execute(ModerationSystem.MODERATE,
                ModerationSystem.decision("COMMENT", insult, "REMOVE", "again", null)).code());
        assertEquals("REMOVED", ContentSystem.nodes(reporter.execute(ContentSystem.COMMENTS,
                Map.of("type", "POST", "id", postId, "first", 100)).data("comments")).get(0).getString("state"));
    }

    private static String comment(Members.Member member, String postId, String parentId, String text) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("targetType", "POST", "targetId", postId, "text", text));
        if (parentId != null) {
            input.put("parentId", parentId);
        }
        return member.execute(ContentSystem.ADD_COMMENT, Map.of("input", input)).data("addComment").getString("id");
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
        String article = author.execute(ContentSystem.CREATE_ARTICLE, Map.of("input", Map.of("title", "Mine " + System.nanoTime(),
                "body", "an article"))).data("createArticle").getString("id");
        author.execute(ContentSystem.PUBLISH_ARTICLE, Map.of("id", article)).data("publishArticle");
        assertTrue(ModerationSystem.read(reader, first).isPresent());
        assertEquals(article, reader.execute(ContentSystem.ARTICLE, Map.of("id", article)).data("article").getString("id"));

        moderator.execute(AdministrationGraphqlIT.BAN, Map.of("userId", author.id(), "reason", "spam wave"))
                .data("banUser");
        ModerationSystem.awaitShown(reader, first, false);
        ModerationSystem.awaitShown(reader, second, false);
        assertEquals(Optional.of("NOT_FOUND"), reader.execute(ContentSystem.ARTICLE, Map.of("id", article)).code(),
                "their articles too");
        assertTrue(ContentSystem.postIdsOf(reader, author).isEmpty(), "and their posts by author");

        moderator.execute(AdministrationGraphqlIT.UNBAN, Map.of("userId", author.id())).data("unbanUser");
        ModerationSystem.awaitShown(reader, first, true);
        ModerationSystem.awaitShown(reader, second, true);
        assertEquals(article, reader.execute(ContentSystem.ARTICLE, Map.of("id", article)).data("article").getString("id"));
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
