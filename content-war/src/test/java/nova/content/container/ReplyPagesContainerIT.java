package nova.content.container;

import static nova.content.container.ContentClient.array;
import static nova.content.container.ContentClient.fields;
import static nova.content.container.ContentClient.json;
import static nova.content.container.ContentClient.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nova.testsupport.InContainer;
import nova.testsupport.Topics;
import org.junit.jupiter.api.Test;

/**
 * One post's direct replies page by page (issue 21, the gateway's {@code Post.directReplies}): {@code GET
 * /posts/{id}/replies?after=&limit=} answers them in the thread's order (oldest first, tombstones in place, replies
 * outside the caller's audience left out), a page's {@code nextCursor} (and a batch entry's from {@code
 * /posts/replies?ids=}) continues exactly after its last reply, a post the caller may not see is 404 as its thread,
 * and a cursor content never gave out is 400 problem+json on {@code after}.
 */
@InContainer
class ReplyPagesContainerIT extends PlayedNeighbours {

    /** Every page of {@code post}'s direct replies {@code reader} gets, {@code limit} at a time, by nextCursor. */
    static List<String> allPages(ContentClient reader, String post, int limit, String after, List<Integer> sizes) {
        List<String> seen = new java.util.ArrayList<>();
        String cursor = after;
        for (int pages = 0; pages < 50; pages++) {
            HttpResponse<String> answer = reader.get("/posts/" + post + "/replies?limit=" + limit
                    + (cursor == null ? "" : "&after=" + cursor));
            assertEquals(200, answer.statusCode(), answer.body());
            JsonObject page = json(answer);
            sizes.add(page.getJsonArray("items").size());
            seen.addAll(PostBatchContainerIT.ids(page.getJsonArray("items")));
            cursor = page.getString("nextCursor", null); // left out (or null) on the last page
            if (cursor == null) {
                return seen;
            }
        }
        throw new AssertionError("more than 50 pages");
    }

    @Test
    void pagesFollowTheThreadOrderAndContinueFromEitherCursor() {
        ContentClient author = member("pa");
        ContentClient replier = member("pr");
        ContentClient follower = member("pf");
        ContentClient stranger = member("ps");
        String root = PostBatchContainerIT.create(author, PostBatchContainerIT.draft("the root", "public"));
        List<String> replies = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            replies.add(PostBatchContainerIT.create(replier, PostBatchContainerIT.reply("reply " + i, "public", root)));
        }
        String forFollowers = PostBatchContainerIT.create(author,
                PostBatchContainerIT.reply("only for my followers", "followers", root));
        replies.add(PostBatchContainerIT.create(replier, PostBatchContainerIT.reply("last", "public", root)));
        assertEquals(204, replier.delete("/posts/" + replies.get(2)).statusCode());
        PostBatchContainerIT.create(author, PostBatchContainerIT.reply("nested", "public", replies.get(0)));
        Topics.send("nova.social", PostContainerIT.follow("social.follow.created", follower, author));
        content.awaitCount(1, Duration.ofSeconds(60),
                "SELECT count(*) FROM followers WHERE follower_id = ? AND followee_id = ?", follower.id(), author.id());

        for (ContentClient reader : List.of(stranger, follower)) {
            HttpResponse<String> thread = reader.get("/posts/" + root + "/thread");
            assertEquals(200, thread.statusCode(), thread.body());
            List<String> direct = json(thread).getJsonArray("descendants").stream().map(JsonValue::asJsonObject)
                    .filter(p -> root.equals(p.getString("replyToId", null))).map(p -> p.getString("id")).toList();
            assertEquals(reader == follower ? 9 : 8, direct.size(), "the thread's direct replies");
            List<Integer> sizes = new java.util.ArrayList<>();
            assertEquals(direct, allPages(reader, root, 3, null, sizes), reader.username() + ": pages of 3");
            assertEquals(reader == follower ? List.of(3, 3, 3) : List.of(3, 3, 2), sizes);
            assertEquals(direct, allPages(reader, root, 100, null, new java.util.ArrayList<>()), "one page");

            // the batch entry's cursor continues on this path exactly after its last reply
            JsonObject entry = array(reader.get("/posts/replies?ids=" + root + "&limit=4")).getJsonObject(0);
            assertTrue(entry.getBoolean("more"));
            assertEquals(direct.subList(0, 4), PostBatchContainerIT.ids(entry.getJsonArray("items")));
            assertEquals(direct.subList(4, direct.size()),
                    allPages(reader, root, 2, entry.getString("nextCursor"), new java.util.ArrayList<>()));
        }
        List<String> strangerSees = allPages(stranger, root, 20, null, new java.util.ArrayList<>());
        assertFalse(strangerSees.contains(forFollowers), "a followers-only reply is the followers'");
        assertEquals(replies, strangerSees, "oldest first, the deleted reply a tombstone in its place");
        JsonObject tombstone = json(stranger.get("/posts/" + root + "/replies?limit=3")).getJsonArray("items")
                .getJsonObject(2);
        assertEquals("deleted", tombstone.getString("state"));
        JsonObject lastPage = json(stranger.get("/posts/" + replies.get(1) + "/replies"));
        assertTrue(lastPage.getJsonArray("items").isEmpty(), "a post without replies: an empty page");
        assertEquals(null, lastPage.getString("nextCursor", null));
    }

    @Test
    void aPostTheCallerMayNotSeeIsNotFoundAndABadCursorIsAProblem() {
        ContentClient author = member("na");
        ContentClient stranger = member("ns");
        String closed = PostBatchContainerIT.create(author, PostBatchContainerIT.draft("followers only", "followers"));
        PostBatchContainerIT.create(author, PostBatchContainerIT.reply("mine", "public", closed));
        HttpResponse<String> hidden = stranger.get("/posts/" + closed + "/replies");
        assertEquals(404, hidden.statusCode(), hidden.body());
        assertEquals(404, stranger.get("/posts/" + closed + "/thread").statusCode(), "as its thread");
        assertEquals(404, stranger.get("/posts/" + UUID.randomUUID() + "/replies").statusCode());
        assertEquals(1, json(author.get("/posts/" + closed + "/replies")).getJsonArray("items").size());

        for (String after : List.of("not-a-cursor", "~p1.MA", "MTIz")) {
            HttpResponse<String> bad = author.get("/posts/" + closed + "/replies?after=" + after);
            assertEquals(400, bad.statusCode(), bad.body());
            assertEquals("invalid-input", problem(bad));
            assertEquals(List.of("after"), fields(bad));
        }
        HttpResponse<String> size = author.get("/posts/" + closed + "/replies?limit=0");
        assertEquals(400, size.statusCode(), size.body());
        assertEquals(List.of("limit"), fields(size));
        assertEquals(404, author.get("/posts/not-a-uuid/replies").statusCode(), "as every path id");
    }
}
