package nova.content.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nova.contracts.user.UserBanned;
import nova.contracts.user.UserDeleted;
import nova.contracts.user.UserUnbanned;
import nova.platform.events.CloudEvent;
import nova.testsupport.Database;
import nova.testsupport.Deployments;
import nova.testsupport.Http;
import nova.testsupport.InContainer;
import nova.testsupport.LibertyServer;
import nova.testsupport.Tokens;
import nova.testsupport.Topics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Moderation on the content server deployed alone (real PostgreSQL and broker): reports checked against what the
 * reporter may see, the moderators' queue, hide/remove/restore with their conflicts and the event each publishes,
 * dismissal, who may do what (401/403), and a banned, unbanned and deleted author's items from {@code nova.user}
 * through the inbox (a deletion final: an unban after it shows nothing again). The items are rows written here as content's own features write them: this tier tests
 * moderation, not posting.
 */
@InContainer
class ModerationContainerIT {

    private static Tokens tokens;
    private final Database content = Database.of("content");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void playIdentitysKeys() throws Exception {
        tokens = new Tokens().servedAsIdentity();
    }

    @AfterAll
    static void stopPlaying() {
        tokens.close();
    }

    static Http member(UUID id) {
        return Http.to(LibertyServer.base()).withBearer(tokens.accessToken(id, "m" + id.toString().substring(0, 8)));
    }

    static Http moderator(UUID id) {
        return Http.to(LibertyServer.base()).withBearer(tokens.accessToken(id, "mod" + id.toString().substring(0, 8),
                "moderate_content"));
    }

    UUID post(UUID author, String visibility, String text, UUID... mentions) {
        UUID id = UUID.randomUUID();
        content.execute("""
                INSERT INTO posts (id, author_id, text, visibility, mention_ids, conversation_root_id, created_at)
                VALUES (?, ?, ?, ?, ?::uuid[], ?, now())""", id, author, text, visibility,
                "{" + String.join(",", java.util.Arrays.stream(mentions).map(UUID::toString).toList()) + "}", id);
        return id;
    }

    UUID article(UUID author, String status) {
        UUID id = UUID.randomUUID();
        content.execute("""
                INSERT INTO articles (id, author_id, title, slug, body, html, status, created_at)
                VALUES (?, ?, 'A title', ?, 'the body', '<p>the body</p>', ?, now())""", id, author, "a-" + id, status);
        return id;
    }

    UUID comment(UUID author, UUID postId, UUID postAuthor) {
        UUID id = UUID.randomUUID();
        content.execute("""
                INSERT INTO comments (id, target_type, target_id, target_author_id, author_id, text, depth, path, created_at)
                VALUES (?, 'post', ?, ?, ?, 'a comment', 0, ?, now())""", id, postId, postAuthor, author, id.toString());
        return id;
    }

    /** The answer's JSON, failing with its body unless the status is {@code expected}. */
    static JsonObject answer(int expected, HttpResponse<String> response) {
        assertEquals(expected, response.statusCode(), response.body());
        return Http.json(response);
    }

    static JsonObject report(String category, String type, UUID... ids) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (UUID id : ids) {
            items.add(Json.createObjectBuilder().add("type", type).add("id", id.toString()));
        }
        return Json.createObjectBuilder().add("category", category).add("items", items).build();
    }

    static JsonObject decision(String type, UUID id, String action, String reason, UUID reportId) {
        var body = Json.createObjectBuilder().add("itemType", type).add("itemId", id.toString()).add("action", action);
        if (reason != null) {
            body.add("reason", reason);
        }
        if (reportId != null) {
            body.add("reportId", reportId.toString());
        }
        return body.build();
    }

    static List<String> fields(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.body());
        return Http.json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    @Test
    void aReportNamesOnlyWhatTheReporterSeesAndNotTheirOwn() {
        UUID author = UUID.randomUUID();
        UUID reporter = UUID.randomUUID();
        UUID open = post(author, "public", "loud and public");
        UUID followersOnly = post(author, "followers", "for my followers");
        UUID direct = post(author, "direct", "psst", reporter);
        UUID draft = article(author, "draft");
        UUID comment = comment(author, open, author);

        assertEquals(List.of("items[0].id"), fields(member(author).post("/reports", report("spam", "post", open))));
        assertEquals(List.of("items[0].id"), fields(member(reporter).post("/reports", report("spam", "post", followersOnly))));
        assertEquals(List.of("items[0].id"), fields(member(reporter).post("/reports", report("spam", "article", draft))));
        assertEquals(List.of("items[0].id"), fields(member(reporter).post("/reports",
                report("spam", "post", UUID.randomUUID()))));
        assertEquals(List.of("category", "items"), fields(member(reporter).post("/reports", report("rude", "post"))));
        assertEquals(0, content.count("SELECT count(*) FROM reports WHERE reporter_id = ?", reporter), "nothing filed");

        content.execute("INSERT INTO followers (follower_id, followee_id, since) VALUES (?, ?, now())", reporter, author);
        HttpResponse<String> filed = member(reporter).post("/reports",
                report("harassment", "post", open, followersOnly, direct));
        assertEquals(201, filed.statusCode(), filed.body());
        JsonObject report = Http.json(filed);
        assertEquals("open", report.getString("status"));
        assertEquals(3, report.getJsonArray("items").size());
        UUID reportId = UUID.fromString(report.getString("id"));
        assertEquals(1, content.count("SELECT count(*) FROM outbox_events WHERE aggregate_id = ? AND type = 'content.report.filed'",
                reportId.toString()));
        assertEquals(201, member(reporter).post("/reports", report("spam", "comment", comment)).statusCode());

        JsonObject queued = awaitQueued(moderator(UUID.randomUUID()), reportId);
        JsonObject first = queued.getJsonArray("items").getJsonObject(0);
        assertEquals(open.toString(), first.getString("id"));
        assertEquals(author.toString(), first.getString("authorId"));
        assertEquals("loud and public", first.getString("text"));
        assertEquals("visible", first.getString("state"));

        assertEquals(403, member(reporter).get("/moderation/reports").statusCode(), "members do not see the queue");
        assertEquals(401, Http.to(LibertyServer.base()).get("/moderation/reports").statusCode());
        assertEquals(401, Http.to(LibertyServer.base()).post("/reports", report("spam", "post", open)).statusCode());
        assertEquals(List.of("limit"), fields(moderator(UUID.randomUUID()).get("/moderation/reports?limit=101")));
        assertEquals(List.of("after"), fields(moderator(UUID.randomUUID()).get("/moderation/reports?after=bm9wZQ")));
    }

    /** Pages through the open queue until the report is there (the database is shared with other runs). */
    static JsonObject awaitQueued(Http moderator, UUID reportId) {
        String after = null;
        for (int pages = 0; pages < 1000; pages++) {
            HttpResponse<String> answer = moderator.get("/moderation/reports?limit=100" + (after == null ? "" : "&after=" + after));
            assertEquals(200, answer.statusCode(), answer.body());
            JsonObject page = Http.json(answer);
            for (JsonObject report : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (report.getString("id").equals(reportId.toString())) {
                    return report;
                }
            }
            if (page.isNull("nextCursor")) {
                break;
            }
            after = page.getString("nextCursor");
        }
        throw new AssertionError("report " + reportId + " is not in the queue");
    }

    @Test
    void aModeratorHidesRemovesAndRestoresWithAReasonAndTheAuthorIsTold() {
        UUID author = UUID.randomUUID();
        UUID reporter = UUID.randomUUID();
        UUID moderatorId = UUID.randomUUID();
        Http moderator = moderator(moderatorId);
        UUID postId = post(author, "public", "rude words");
        UUID other = post(author, "public", "not reported");
        UUID reportId = UUID.fromString(answer(201, member(reporter).post("/reports", report("hate", "post", postId)))
                .getString("id"));

        assertEquals(403, member(reporter).post("/moderation/actions",
                decision("post", postId, "hide", "no", null)).statusCode(), "members do not moderate");
        assertEquals(List.of("reason"), fields(moderator.post("/moderation/actions", decision("post", postId, "hide", " ", null))));
        assertEquals(List.of("itemType", "action", "reason"), fields(moderator.post("/moderation/actions",
                decision("user", postId, "ban", null, null))));
        assertEquals(List.of("reportId"), fields(moderator.post("/moderation/actions",
                decision("post", other, "hide", "not what was reported", reportId))));
        assertEquals(404, moderator.post("/moderation/actions", decision("post", UUID.randomUUID(), "hide", "x", null)).statusCode());
        assertEquals("visible", moderation(postId), "nothing changed yet");

        HttpResponse<String> hidden = moderator.post("/moderation/actions", decision("post", postId, "hide", "hate speech", reportId));
        assertEquals(201, hidden.statusCode(), hidden.body());
        JsonObject action = Http.json(hidden);
        assertEquals("hidden", action.getString("state"));
        assertEquals(author.toString(), action.getString("authorId"));
        assertEquals(moderatorId.toString(), action.getString("moderatorId"));
        assertEquals("hidden", moderation(postId));
        assertEquals(1, content.count("SELECT count(*) FROM posts WHERE id = ? AND moderation_reason = 'hate speech'", postId));
        assertEquals(1, content.count("SELECT count(*) FROM reports WHERE id = ? AND status = 'resolved' AND resolution = 'actioned'"
                + " AND resolved_by = ?", reportId, moderatorId));
        assertEquals(1, content.count("""
                SELECT count(*) FROM outbox_events WHERE aggregate_id = ? AND type = 'content.item.moderated'
                AND payload->'data'->>'action' = 'hide' AND payload->'data'->>'authorId' = ?
                AND payload->'data'->>'reason' = 'hate speech'""", postId.toString(), author.toString()));

        assertEquals(409, moderator.post("/moderation/actions", decision("post", postId, "hide", "again", null)).statusCode());
        assertEquals(409, moderator.post("/moderation/reports/" + reportId + "/dismissal", null).statusCode(),
                "the report was resolved by the action");
        assertEquals(201, moderator.post("/moderation/actions", decision("post", postId, "restore", "appeal", null)).statusCode());
        assertEquals("visible", moderation(postId));
        assertEquals(1, content.count("SELECT count(*) FROM posts WHERE id = ? AND moderation_reason IS NULL", postId));
        assertEquals(201, moderator.post("/moderation/actions", decision("post", postId, "remove", "repeat", null)).statusCode());
        assertEquals(409, moderator.post("/moderation/actions", decision("post", postId, "restore", "no", null)).statusCode(),
                "removed is for good");
        assertEquals("removed", moderation(postId));
        assertEquals(3, content.count("SELECT count(*) FROM moderation_actions WHERE item_id = ?", postId));
        assertEquals(3, content.count("SELECT count(*) FROM outbox_events WHERE aggregate_id = ? AND type = 'content.item.moderated'",
                postId.toString()));
    }

    String moderation(UUID postId) {
        for (String state : List.of("visible", "hidden", "removed")) {
            if (content.count("SELECT count(*) FROM posts WHERE id = ? AND moderation = ?", postId, state) == 1) {
                return state;
            }
        }
        return "missing";
    }

    @Test
    void aDismissedReportIsResolvedWithoutTouchingItsItems() {
        UUID author = UUID.randomUUID();
        UUID postId = post(author, "public", "fine really");
        UUID reportId = UUID.fromString(answer(201, member(UUID.randomUUID()).post("/reports",
                report("other", "post", postId))).getString("id"));
        UUID moderatorId = UUID.randomUUID();

        assertEquals(403, member(author).post("/moderation/reports/" + reportId + "/dismissal", null).statusCode());
        HttpResponse<String> dismissed = moderator(moderatorId).post("/moderation/reports/" + reportId + "/dismissal", null);
        assertEquals(200, dismissed.statusCode(), dismissed.body());
        assertEquals("dismissed", Http.json(dismissed).getString("resolution"));
        assertEquals("visible", moderation(postId));
        assertEquals(409, moderator(moderatorId).post("/moderation/reports/" + reportId + "/dismissal", null).statusCode());
        assertEquals(404, moderator(moderatorId).post("/moderation/reports/" + UUID.randomUUID() + "/dismissal", null).statusCode());
        assertEquals(404, moderator(moderatorId).post("/moderation/reports/nope/dismissal", null).statusCode());
    }

    @Test
    void aBannedAuthorsItemsAreHiddenUntilTheBanIsLiftedAndForGoodWhenTheAccountIsDeleted() {
        UUID author = UUID.randomUUID();
        UUID bystander = UUID.randomUUID();
        UUID postId = post(author, "public", "mine");
        UUID articleId = article(author, "published");
        UUID commentId = comment(author, post(bystander, "public", "theirs"), bystander);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String suspended = """
                SELECT (SELECT count(*) FROM posts WHERE author_id = ? AND author_suspended)
                     + (SELECT count(*) FROM articles WHERE author_id = ? AND author_suspended)
                     + (SELECT count(*) FROM comments WHERE author_id = ? AND author_suspended)""";

        // the payloads as the user context writes them (EventJson needs a JSON-B provider the test runtime lacks)
        CloudEvent banned = CloudEvent.of("user", UserBanned.TYPE, author.toString(), Json.createObjectBuilder()
                .add("userId", author.toString()).add("username", "m" + author.toString().substring(0, 8))
                .add("reason", "spam").add("bannedBy", UUID.randomUUID().toString()).add("bannedAt", now.toString())
                .build());
        Topics.send("nova.user", banned, banned);
        content.awaitCount(3, Duration.ofSeconds(60), suspended, author, author, author);
        assertEquals(0, content.count("SELECT count(*) FROM posts WHERE author_id = ? AND author_suspended", bystander));
        assertEquals(1, content.count("SELECT count(*) FROM processed_events WHERE consumer = 'nova.content.standing' AND event_id = ?",
                banned.id()), "the redelivery had no second effect");
        assertEquals(List.of("items[0].id"), fields(member(bystander).post("/reports", report("spam", "post", postId))),
                "a suspended author's post is seen by nobody");

        Topics.send("nova.user", CloudEvent.of("user", UserUnbanned.TYPE, author.toString(), Json.createObjectBuilder()
                .add("userId", author.toString()).add("unbannedBy", UUID.randomUUID().toString())
                .add("unbannedAt", now.plusSeconds(1).toString()).build()));
        content.awaitCount(0, Duration.ofSeconds(60), suspended, author, author, author);
        assertEquals(201, member(bystander).post("/reports", report("spam", "post", postId)).statusCode());

        Topics.send("nova.user", CloudEvent.of("user", UserDeleted.TYPE, author.toString(), Json.createObjectBuilder()
                .add("userId", author.toString()).add("username", "gone")
                .add("deletedAt", now.plusSeconds(2).toString()).build()));
        content.awaitCount(3, Duration.ofSeconds(60), suspended, author, author, author);
        assertEquals(1, content.count("SELECT count(*) FROM articles WHERE id = ? AND author_suspended", articleId));
        assertEquals(1, content.count("SELECT count(*) FROM comments WHERE id = ? AND author_suspended", commentId));
        assertEquals(1, content.count("SELECT count(*) FROM deleted_authors WHERE author_id = ?", author));

        // deleted is final: an unban arriving after the deletion shows nothing again (and a second one neither)
        CloudEvent lateUnban = CloudEvent.of("user", UserUnbanned.TYPE, author.toString(), Json.createObjectBuilder()
                .add("userId", author.toString()).add("unbannedBy", UUID.randomUUID().toString())
                .add("unbannedAt", now.plusSeconds(3).toString()).build());
        Topics.send("nova.user", lateUnban, lateUnban);
        content.awaitCount(1, Duration.ofSeconds(60),
                "SELECT count(*) FROM processed_events WHERE consumer = 'nova.content.standing' AND event_id = ?", lateUnban.id());
        assertEquals(3, content.count(suspended, author, author, author), "a deleted author's items stay hidden");
        assertEquals(List.of("items[0].id"), fields(member(bystander).post("/reports", report("spam", "post", postId))),
                "and seen by nobody");
    }
}
