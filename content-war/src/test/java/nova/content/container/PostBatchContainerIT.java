package nova.content.container;

import static nova.content.container.ContentClient.array;
import static nova.content.container.ContentClient.fields;
import static nova.content.container.ContentClient.json;
import static nova.content.container.ContentClient.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nova.testsupport.InContainer;
import nova.testsupport.Topics;
import org.junit.jupiter.api.Test;

/**
 * The batch reads behind the gateway's {@code Profile.posts} and {@code Post.replies} (issue 21): {@code GET
 * /posts/by-author?ids=&limit=} answers, for each member, exactly the first page {@code GET /posts/by-author/{id}}
 * answers the same caller, and {@code GET /posts/replies?ids=&limit=} exactly the direct replies the post's thread
 * shows — followers-only posts only to followers (content's projection, fed here by real social events), direct posts
 * only to the mentioned, deleted and hidden posts never in a page (tombstones in place among replies), a post the
 * caller may not see left out; bad input is problem+json.
 */
@InContainer
class PostBatchContainerIT extends PlayedNeighbours {

    static String create(ContentClient author, JsonObject draft) {
        HttpResponse<String> created = author.post("/posts", draft);
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getString("id");
    }

    static JsonObject draft(String text, String visibility) {
        return Json.createObjectBuilder().add("text", text).add("visibility", visibility).build();
    }

    static JsonObject reply(String text, String visibility, String to) {
        return Json.createObjectBuilder().add("text", text).add("visibility", visibility).add("replyToId", to).build();
    }

    static List<String> ids(List<JsonValue> posts) {
        return posts.stream().map(p -> p.asJsonObject().getString("id")).toList();
    }

    /** The batch answer's entries by the id they answer for. */
    static Map<String, JsonObject> byKey(HttpResponse<String> answer, String key) {
        assertEquals(200, answer.statusCode(), answer.body());
        return array(answer).stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(e -> e.getString(key), Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    void follows(ContentClient follower, ContentClient followee) {
        Topics.send("nova.social", PostContainerIT.follow("social.follow.created", follower, followee));
        content.awaitCount(1, Duration.ofSeconds(60),
                "SELECT count(*) FROM followers WHERE follower_id = ? AND followee_id = ?", follower.id(), followee.id());
    }

    @Test
    void eachAuthorsFirstPageIsTheOneTheSinglePathAnswersTheSameCaller() {
        ContentClient locked = member("lk");   // writes for followers
        ContentClient open = member("op");
        ContentClient silent = member("si");   // has written nothing
        ContentClient follower = member("fo");
        ContentClient stranger = member("st");
        PlayedContexts.knownMembers(user, List.of(stranger));

        String lockedPublic = create(locked, draft("hello all", "public"));
        String lockedForFollowers = create(locked, draft("for my followers", "followers"));
        String lockedDirect = create(locked, draft("psst @" + stranger.username(), "direct"));
        List<String> openPosts = IntStream.range(0, 4).mapToObj(i -> create(open, draft("open " + i, "public"))).toList();
        String deleted = create(open, draft("soon gone", "public"));
        assertEquals(204, open.delete("/posts/" + deleted).statusCode());
        String hidden = create(open, draft("hidden by a moderator", "public"));
        content.execute("UPDATE posts SET moderation = 'hidden' WHERE id = ?", UUID.fromString(hidden));
        follows(follower, locked);

        String ids = locked.id() + "," + open.id() + "," + silent.id();
        for (ContentClient reader : List.of(follower, stranger, locked)) {
            Map<String, JsonObject> pages = byKey(reader.get("/posts/by-author?ids=" + ids + "&limit=3"), "authorId");
            assertEquals(List.of(locked.id().toString(), open.id().toString(), silent.id().toString()),
                    List.copyOf(pages.keySet()), "one entry per member, in the order asked");
            for (ContentClient author : List.of(locked, open, silent)) {
                JsonObject single = json(reader.get("/posts/by-author/" + author.id() + "?limit=3"));
                JsonObject batched = pages.get(author.id().toString());
                assertEquals(ids(single.getJsonArray("items")), ids(batched.getJsonArray("items")), reader.username());
                assertEquals(single.get("nextCursor"), batched.get("nextCursor"), reader.username());
            }
        }

        Map<String, JsonObject> strangerSees = byKey(stranger.get("/posts/by-author?ids=" + ids + "&limit=3"), "authorId");
        // the stranger does not follow: the followers-only post is not theirs to see; the direct one names them
        assertEquals(List.of(lockedDirect, lockedPublic), ids(strangerSees.get(locked.id().toString()).getJsonArray("items")));
        assertEquals(List.of(openPosts.get(3), openPosts.get(2), openPosts.get(1)),
                ids(strangerSees.get(open.id().toString()).getJsonArray("items")), "deleted and hidden posts left out");
        assertFalse(strangerSees.get(open.id().toString()).isNull("nextCursor"));
        assertTrue(strangerSees.get(silent.id().toString()).getJsonArray("items").isEmpty());
        Map<String, JsonObject> followerSees = byKey(follower.get("/posts/by-author?ids=" + locked.id()), "authorId");
        assertEquals(List.of(lockedForFollowers, lockedPublic), ids(followerSees.get(locked.id().toString()).getJsonArray("items")));

        // the next page continues on the single path with the batch's cursor
        String cursor = strangerSees.get(open.id().toString()).getString("nextCursor");
        assertEquals(List.of(openPosts.get(0)),
                ids(json(stranger.get("/posts/by-author/" + open.id() + "?limit=3&after=" + cursor)).getJsonArray("items")));
    }

    @Test
    void eachPostsDirectRepliesAreTheOnesItsThreadShowsTheCaller() {
        ContentClient author = member("ra");
        ContentClient replier = member("rr");
        ContentClient follower = member("rf");
        ContentClient stranger = member("rs");
        String root = create(author, draft("the root", "public"));
        String other = create(author, draft("another", "public"));
        String closed = create(author, draft("followers only root", "followers"));
        String first = create(replier, reply("first", "public", root));
        String forFollowers = create(author, reply("only for my followers", "followers", root));
        String gone = create(replier, reply("then deleted", "public", root));
        assertEquals(204, replier.delete("/posts/" + gone).statusCode());
        String nested = create(author, reply("a reply to a reply", "public", first));
        String last = create(replier, reply("last", "public", root));
        String onOther = create(replier, reply("on the other", "public", other));
        follows(follower, author);
        create(follower, reply("on the closed one", "public", closed));
        assertEquals(404, stranger.get("/posts/" + closed + "/thread").statusCode());

        String ids = root + "," + other + "," + closed + "," + first;
        for (ContentClient reader : List.of(follower, stranger, author)) {
            Map<String, JsonObject> replies = byKey(reader.get("/posts/replies?ids=" + ids + "&limit=10"), "postId");
            for (String post : replies.keySet()) {
                HttpResponse<String> thread = reader.get("/posts/" + post + "/thread");
                assertEquals(200, thread.statusCode(), thread.body());
                List<String> direct = json(thread).getJsonArray("descendants").stream()
                        .map(JsonValue::asJsonObject).filter(p -> post.equals(p.getString("replyToId", null)))
                        .map(p -> p.getString("id")).toList();
                assertEquals(direct, ids(replies.get(post).getJsonArray("items")), reader.username() + " on " + post);
                assertFalse(replies.get(post).getBoolean("more"));
            }
        }

        Map<String, JsonObject> strangerSees = byKey(stranger.get("/posts/replies?ids=" + ids + "&limit=10"), "postId");
        assertEquals(List.of(root, other, first), List.copyOf(strangerSees.keySet()), "the closed post left out");
        assertEquals(List.of(first, gone, last), ids(strangerSees.get(root).getJsonArray("items")),
                "oldest first, the followers-only reply left out, the deleted one a tombstone in its place");
        assertEquals("deleted", strangerSees.get(root).getJsonArray("items").getJsonObject(1).getString("state"));
        assertEquals(List.of(onOther), ids(strangerSees.get(other).getJsonArray("items")));
        assertEquals(List.of(nested), ids(strangerSees.get(first).getJsonArray("items")));
        Map<String, JsonObject> followerSees = byKey(follower.get("/posts/replies?ids=" + ids + "&limit=2"), "postId");
        assertEquals(List.of(root, other, closed, first), List.copyOf(followerSees.keySet()));
        assertEquals(List.of(first, forFollowers), ids(followerSees.get(root).getJsonArray("items")));
        assertTrue(followerSees.get(root).getBoolean("more"));
        assertFalse(followerSees.get(other).getBoolean("more"));
    }

    @Test
    void badInputIsAProblem() {
        ContentClient reader = member("bi");
        String tooMany = IntStream.range(0, 101).mapToObj(i -> UUID.randomUUID().toString()).collect(Collectors.joining(","));
        for (String path : List.of("/posts/by-author", "/posts/replies")) {
            HttpResponse<String> many = reader.get(path + "?ids=" + tooMany);
            assertEquals(400, many.statusCode(), many.body());
            assertEquals("invalid-input", problem(many));
            assertEquals(List.of("ids"), fields(many));
            assertEquals(400, reader.get(path + "?ids=not-a-uuid").statusCode());
            assertEquals(400, reader.get(path).statusCode());
            HttpResponse<String> size = reader.get(path + "?ids=" + UUID.randomUUID() + "&limit=101");
            assertEquals(400, size.statusCode(), size.body());
            assertEquals(List.of("limit"), fields(size));
        }
        UUID nobody = UUID.randomUUID();
        assertEquals(List.of(), array(reader.get("/posts/replies?ids=" + nobody)), "an unknown post is left out");
        JsonObject empty = array(reader.get("/posts/by-author?ids=" + nobody)).getJsonObject(0);
        assertEquals(nobody.toString(), empty.getString("authorId"));
        assertTrue(empty.getJsonArray("items").isEmpty());
        HttpResponse<String> anonymous = ContentClient.CLIENT.sendAsync(java.net.http.HttpRequest.newBuilder(
                nova.testsupport.LibertyServer.base().resolve("/posts/by-author?ids=" + UUID.randomUUID())).build(),
                HttpResponse.BodyHandlers.ofString()).join();
        assertEquals(401, anonymous.statusCode());
    }
}
