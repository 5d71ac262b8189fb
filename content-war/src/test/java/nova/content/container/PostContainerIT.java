package nova.content.container;

import static nova.content.container.ContentClient.array;
import static nova.content.container.ContentClient.fields;
import static nova.content.container.ContentClient.json;
import static nova.content.container.ContentClient.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nova.platform.events.CloudEvent;
import nova.testsupport.InContainer;
import nova.testsupport.Topics;
import org.junit.jupiter.api.Test;

/**
 * content deployed alone with the real PostgreSQL and broker, identity, user and media played by the test: a post
 * is created (its event in the outbox of the same transaction), read, edited with its history kept, deleted as a
 * tombstone; a retried create makes one post; followers-only and direct posts reach only their audience (the
 * followers from social's events on the real topic); every bad input is refused with problem+json and writes nothing.
 */
@InContainer
class PostContainerIT extends PlayedNeighbours {

    static JsonObject text(String text) {
        return Json.createObjectBuilder().add("text", text).build();
    }

    static JsonObject draft(String text, String visibility) {
        return Json.createObjectBuilder().add("text", text).add("visibility", visibility).build();
    }

    long outbox(String type, String id) {
        return content.count("SELECT count(*) FROM outbox_events WHERE type = ? AND aggregate_id = ?", type, id);
    }

    long postsBy(ContentClient author) {
        return content.count("SELECT count(*) FROM posts WHERE author_id = ?", author.id());
    }

    @Test
    void aPostIsCreatedReadEditedWithItsHistoryAndDeletedAsATombstone() {
        ContentClient author = member("au");
        ContentClient mentioned = member("me");
        ContentClient other = member("ot");
        PlayedContexts.knownMembers(user, List.of(mentioned));

        HttpResponse<String> created = author.post("/posts", Json.createObjectBuilder()
                .add("text", "hello @" + mentioned.username().toUpperCase() + " #Nova #nova @nobody_here")
                .add("language", "en").build());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject post = json(created);
        String id = post.getString("id");
        assertEquals(author.id().toString(), post.getString("authorId"));
        assertEquals("public", post.getString("visibility"));
        assertEquals("[\"" + mentioned.id() + "\"]", post.getJsonArray("mentionIds").toString());
        assertEquals("[\"nova\"]", post.getJsonArray("hashtags").toString());
        assertEquals("visible", post.getString("state"));
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/posts/" + id));
        assertEquals(1, outbox("content.post.created", id));
        // the author was checked with the caller's own token
        assertEquals("Bearer " + author.token(), user.requests("GET", "/users/me/status").get(0).authorization());

        assertEquals(200, other.get("/posts/" + id).statusCode());

        HttpResponse<String> notTheirs = other.patch("/posts/" + id, text("mine now"));
        assertEquals(403, notTheirs.statusCode(), notTheirs.body());
        assertEquals("forbidden", problem(notTheirs));
        HttpResponse<String> edited = author.patch("/posts/" + id, text("edited #Changed"));
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals("edited #Changed", json(edited).getString("text"));
        assertFalse(absent(json(edited), "editedAt"));
        assertEquals(1, outbox("content.post.updated", id));

        HttpResponse<String> versions = other.get("/posts/" + id + "/versions");
        assertEquals(200, versions.statusCode(), versions.body());
        assertEquals(List.of(1, 2), array(versions).stream().map(v -> v.asJsonObject().getInt("version")).toList());
        assertTrue(array(versions).getJsonObject(0).getString("text").startsWith("hello @"));
        assertEquals("edited #Changed", array(versions).getJsonObject(1).getString("text"));

        HttpResponse<String> reply = other.post("/posts", Json.createObjectBuilder().add("text", "a reply")
                .add("replyToId", id).build());
        assertEquals(201, reply.statusCode(), reply.body());
        String replyId = json(reply).getString("id");
        assertEquals(id, json(reply).getString("conversationRootId"));
        assertEquals(1, json(author.get("/posts/" + id)).getInt("replyCount"));

        assertEquals(403, other.delete("/posts/" + id).statusCode());
        assertEquals(204, author.delete("/posts/" + id).statusCode());
        assertEquals(1, outbox("content.post.deleted", id));
        assertEquals(404, author.get("/posts/" + id).statusCode());
        assertEquals(404, author.delete("/posts/" + id).statusCode());
        assertEquals(0, content.count("SELECT count(*) FROM content_versions WHERE item_id = ?", UUID.fromString(id)));

        JsonObject thread = json(other.get("/posts/" + replyId + "/thread"));
        JsonObject tombstone = thread.getJsonArray("ancestors").getJsonObject(0);
        assertEquals(id, tombstone.getString("id"));
        assertEquals("deleted", tombstone.getString("state"));
        assertEquals("", tombstone.getString("text"));
        assertEquals(replyId, thread.getJsonObject("post").getString("id"));
    }

    @Test
    void aThreadShowsAncestorsRootFirstAndRepliesDepthFirst() {
        ContentClient a = member("ta");
        ContentClient b = member("tb");
        String root = json(a.post("/posts", text("root"))).getString("id");
        String r1 = json(b.post("/posts", Json.createObjectBuilder().add("text", "r1").add("replyToId", root).build())).getString("id");
        String r1a = json(a.post("/posts", Json.createObjectBuilder().add("text", "r1a").add("replyToId", r1).build())).getString("id");
        String r2 = json(b.post("/posts", Json.createObjectBuilder().add("text", "r2").add("replyToId", root).build())).getString("id");

        JsonObject fromRoot = json(b.get("/posts/" + root + "/thread"));
        assertEquals(0, fromRoot.getJsonArray("ancestors").size());
        assertEquals(List.of(r1, r1a, r2), fromRoot.getJsonArray("descendants").stream()
                .map(p -> p.asJsonObject().getString("id")).toList());
        JsonObject fromLeaf = json(b.get("/posts/" + r1a + "/thread"));
        assertEquals(List.of(root, r1), fromLeaf.getJsonArray("ancestors").stream()
                .map(p -> p.asJsonObject().getString("id")).toList());
    }

    @Test
    void aRetriedCreateWithTheSameKeyMakesOnePostAndAnotherBodyUnderItIsAConflict() {
        ContentClient author = member("id");
        String key = "retry-" + UUID.randomUUID();

        HttpResponse<String> first = author.send("POST", "/posts", text("only once"), key);
        HttpResponse<String> again = author.send("POST", "/posts", text("only once"), key);
        HttpResponse<String> different = author.send("POST", "/posts", text("something else"), key);
        HttpResponse<String> tooLong = author.send("POST", "/posts", text("x"), "k".repeat(256));

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(json(first).getString("id"), json(again).getString("id"));
        assertEquals(409, different.statusCode(), different.body());
        assertEquals("idempotency-conflict", problem(different));
        assertEquals(400, tooLong.statusCode());
        assertEquals(1, postsBy(author));
        assertEquals(1, outbox("content.post.created", json(first).getString("id")));
        // another member's same key is their own
        ContentClient other = member("id");
        assertEquals(201, other.send("POST", "/posts", text("only once"), key).statusCode());
    }

    @Test
    void followersOnlyAndDirectPostsReachOnlyTheirAudienceFollowersAsSocialSays() {
        ContentClient author = member("va");
        ContentClient mentioned = member("vm");
        ContentClient stranger = member("vs");
        PlayedContexts.knownMembers(user, List.of(mentioned));
        String forFollowers = json(author.post("/posts", draft("for my followers", "followers"))).getString("id");
        String direct = json(author.post("/posts", draft("psst @" + mentioned.username(), "direct"))).getString("id");
        String open = json(author.post("/posts", draft("for all", "public"))).getString("id");

        assertEquals(404, stranger.get("/posts/" + forFollowers).statusCode());
        assertEquals(404, stranger.get("/posts/" + direct).statusCode());
        assertEquals(404, stranger.get("/posts/" + forFollowers + "/versions").statusCode());
        assertEquals(200, mentioned.get("/posts/" + direct).statusCode());
        assertEquals(200, author.get("/posts/" + forFollowers).statusCode());
        assertEquals(List.of(open), array(stranger.get("/posts?ids=" + direct + "," + forFollowers + "," + open)).stream()
                .map(p -> p.asJsonObject().getString("id")).toList());

        Topics.send("nova.social", follow("social.follow.created", stranger, author));
        content.awaitCount(1, Duration.ofSeconds(60),
                "SELECT count(*) FROM followers WHERE follower_id = ? AND followee_id = ?", stranger.id(), author.id());

        assertEquals(200, stranger.get("/posts/" + forFollowers).statusCode());
        assertEquals(404, stranger.get("/posts/" + direct).statusCode());
        List<String> page = json(stranger.get("/posts/by-author/" + author.id())).getJsonArray("items").stream()
                .map(p -> p.asJsonObject().getString("id")).toList();
        assertEquals(List.of(open, forFollowers), page);
        List<String> mentionedSees = json(mentioned.get("/posts/by-author/" + author.id())).getJsonArray("items").stream()
                .map(p -> p.asJsonObject().getString("id")).toList();
        assertEquals(List.of(open, direct), mentionedSees);

        Topics.send("nova.social", follow("social.follow.removed", stranger, author));
        content.awaitCount(0, Duration.ofSeconds(60),
                "SELECT count(*) FROM followers WHERE follower_id = ? AND followee_id = ?", stranger.id(), author.id());
        assertEquals(404, stranger.get("/posts/" + forFollowers).statusCode());
    }

    /** JSON-B leaves null fields out of the answer: absent and null are the same to a client. */
    static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    /** A create whose body is exactly {@code body}, declared as JSON. */
    static HttpResponse<String> raw(ContentClient author, String body) {
        return ContentClient.CLIENT.sendAsync(java.net.http.HttpRequest.newBuilder(
                        nova.testsupport.LibertyServer.base().resolve("/posts")).header("Authorization", "Bearer " + author.token())
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString()).join();
    }

    static CloudEvent follow(String type, ContentClient follower, ContentClient followee) {
        var data = Json.createObjectBuilder().add("followerId", follower.id().toString())
                .add("followeeId", followee.id().toString()).add("at", Instant.now().toString());
        if (type.endsWith("removed")) {
            data.add("cause", "unfollow");
        }
        return CloudEvent.of("social", type, follower.id().toString(), data.build());
    }

    @Test
    void everyBadInputIsAProblemAndWritesNothing() {
        ContentClient author = member("bad");
        UUID theirs = UUID.randomUUID();
        UUID processing = UUID.randomUUID();

        HttpResponse<String> overLong = author.post("/posts", text("x".repeat(501)));
        assertEquals(400, overLong.statusCode(), overLong.body());
        assertEquals("invalid-input", problem(overLong));
        assertEquals(List.of("text"), fields(overLong));
        assertTrue(overLong.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));

        JsonArrayBuilder five = Json.createArrayBuilder();
        IntStream.range(0, 5).forEach(i -> five.add(UUID.randomUUID().toString()));
        HttpResponse<String> fiveMedia = author.post("/posts", Json.createObjectBuilder().add("text", "look")
                .add("mediaIds", five).build());
        assertEquals(400, fiveMedia.statusCode());
        assertEquals(List.of("mediaIds"), fields(fiveMedia));

        PlayedContexts.attachments(media, List.of(), List.of(), List.of(theirs));
        HttpResponse<String> someoneElses = author.post("/posts", Json.createObjectBuilder().add("text", "look")
                .add("mediaIds", Json.createArrayBuilder().add(theirs.toString())).build());
        assertEquals(400, someoneElses.statusCode(), someoneElses.body());
        assertEquals(List.of("mediaIds"), fields(someoneElses));

        PlayedContexts.attachments(media, List.of(), List.of(processing), List.of());
        HttpResponse<String> notReady = author.post("/posts", Json.createObjectBuilder().add("text", "look")
                .add("mediaIds", Json.createArrayBuilder().add(processing.toString())).build());
        assertEquals(400, notReady.statusCode(), notReady.body());
        assertTrue(json(notReady).getJsonArray("errors").getJsonObject(0).getString("message").contains("processing"));

        HttpResponse<String> unknownReply = author.post("/posts", Json.createObjectBuilder().add("text", "re")
                .add("replyToId", UUID.randomUUID().toString()).build());
        assertEquals(400, unknownReply.statusCode(), unknownReply.body());
        assertEquals(List.of("replyToId"), fields(unknownReply));

        HttpResponse<String> badVisibility = author.post("/posts", draft("hi", "friends"));
        assertEquals(List.of("visibility"), fields(badVisibility));
        HttpResponse<String> noBody = raw(author, "");
        assertEquals(400, noBody.statusCode(), noBody.body());
        HttpResponse<String> notJson = raw(author, "{\"text\":");
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertEquals(400, author.get("/posts/by-author/" + author.id() + "?limit=0").statusCode());
        assertEquals(400, author.get("/posts/by-author/" + author.id() + "?after=nonsense").statusCode());
        assertEquals(400, author.get("/posts?ids=not-an-id").statusCode());
        assertEquals(404, author.get("/posts/not-an-id").statusCode());

        assertEquals(0, postsBy(author));
        assertEquals(0, content.count("SELECT count(*) FROM outbox_events WHERE payload->'data'->>'authorId' = ?",
                author.id().toString()));
    }

    @Test
    void aBannedAuthorWritesNothing() {
        ContentClient banned = member("ban");
        PlayedContexts.accountIs(user, "banned");

        HttpResponse<String> refused = banned.post("/posts", text("let me in"));

        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("account-suspended", problem(refused));
        assertEquals(0, postsBy(banned));
    }

    @Test
    void readyMediaAreAttachedAndAnAuthorsPostsComeInKeysetPages() {
        ContentClient author = member("pg");
        UUID picture = UUID.randomUUID();
        PlayedContexts.attachments(media, List.of(picture), List.of(), List.of());
        HttpResponse<String> withMedia = author.post("/posts", Json.createObjectBuilder()
                .add("mediaIds", Json.createArrayBuilder().add(picture.toString())).build());
        assertEquals(201, withMedia.statusCode(), withMedia.body());
        assertEquals("[\"" + picture + "\"]", json(withMedia).getJsonArray("mediaIds").toString());
        assertEquals("Bearer " + author.token(), media.requests("GET", "/media/attachments").get(0).authorization());
        List<String> written = new ArrayList<>();
        written.add(json(withMedia).getString("id"));
        for (int i = 0; i < 4; i++) {
            written.add(0, json(author.post("/posts", text("post " + i))).getString("id"));
        }

        List<String> read = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject page = json(author.get("/posts/by-author/" + author.id() + "?limit=2"
                    + (cursor == null ? "" : "&after=" + cursor)));
            page.getJsonArray("items").forEach(p -> read.add(p.asJsonObject().getString("id")));
            cursor = absent(page, "nextCursor") ? null : page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);

        assertEquals(written, read);
        assertEquals(3, pages);
        assertNotNull(json(author.get("/posts/" + written.get(4))).getJsonArray("mediaIds"));
    }
}
