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
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import nova.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * Articles from draft to publication with their Markdown sanitised, and threaded comments with their depth cap
 * and tombstones, on content deployed alone (identity, user and media played by the test).
 */
@InContainer
class ArticleCommentContainerIT extends PlayedNeighbours {

    long outbox(String type, String id) {
        return content.count("SELECT count(*) FROM outbox_events WHERE type = ? AND aggregate_id = ?", type, id);
    }

    static JsonObject article(String title, String body) {
        return Json.createObjectBuilder().add("title", title).add("body", body).build();
    }

    @Test
    void aDraftIsItsAuthorsUntilPublishedWithItsMarkdownSanitised() {
        ContentClient author = member("ar");
        ContentClient reader = member("rd");
        String title = "Unsafe Markdown " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = author.post("/articles", article(title,
                "# Hi\n\n<script>alert(1)</script><img src=x onerror=alert(2)>\n\n[x](javascript:alert(3)) [ok](https://example.org)"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject draft = json(created);
        String id = draft.getString("id");
        assertEquals("draft", draft.getString("status"));
        String html = draft.getString("html").toLowerCase();
        assertTrue(html.contains("<h1>hi</h1>"), html);
        assertFalse(html.contains("<script") || html.contains("alert(1)") || html.contains("onerror")
                || html.contains("href=\"javascript"), html);
        // a line that starts with raw HTML is an HTML block in CommonMark: the links have a paragraph of their own
        java.util.regex.Matcher rel = java.util.regex.Pattern.compile("<a href=\"https://example.org\"[^>]* rel=\"([^\"]*)\"")
                .matcher(html);
        assertTrue(rel.find(), html);
        assertEquals(java.util.Set.of("nofollow", "noopener", "noreferrer"), java.util.Set.of(rel.group(1).split(" ")), html);
        assertTrue(draft.getString("body").contains("<script>"), "the Markdown is kept as written");
        assertEquals(0, content.count("SELECT count(*) FROM outbox_events WHERE aggregate_id = ?", id));

        assertEquals(404, reader.get("/articles/" + id).statusCode());
        assertEquals(404, reader.get("/articles/by-slug/" + draft.getString("slug")).statusCode());
        assertEquals(0, json(reader.get("/articles/by-author/" + author.id())).getJsonArray("items").size());
        assertEquals(1, json(author.get("/articles/by-author/" + author.id())).getJsonArray("items").size());
        assertEquals(404, reader.post("/articles/" + id + "/publish", null).statusCode(),
                "someone else's draft is not even there for them");

        HttpResponse<String> published = author.post("/articles/" + id + "/publish", null);
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("published", json(published).getString("status"));
        assertEquals(1, outbox("content.article.published", id));
        assertEquals(200, author.post("/articles/" + id + "/publish", null).statusCode());
        assertEquals(1, outbox("content.article.published", id), "publishing twice publishes once");
        assertEquals(id, json(reader.get("/articles/by-slug/" + draft.getString("slug"))).getString("id"));

        HttpResponse<String> sameTitle = author.post("/articles", article(title, "again"));
        assertEquals(draft.getString("slug") + "-2", json(sameTitle).getString("slug"));

        assertEquals(403, reader.patch("/articles/" + id, Json.createObjectBuilder().add("body", "mine").build()).statusCode());
        HttpResponse<String> edited = author.patch("/articles/" + id, Json.createObjectBuilder().add("title", "Renamed").build());
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals(draft.getString("slug"), json(edited).getString("slug"), "a published slug never changes");
        assertEquals(1, outbox("content.article.updated", id));
        assertEquals(List.of(title, "Renamed"), array(reader.get("/articles/" + id + "/versions")).stream()
                .map(v -> v.asJsonObject().getString("title")).toList());

        assertEquals(204, author.delete("/articles/" + id).statusCode());
        assertEquals(1, outbox("content.article.deleted", id));
        assertEquals(404, reader.get("/articles/" + id).statusCode());
    }

    @Test
    void aBadArticleIsRefusedWithEveryFieldAndNothingWritten() {
        ContentClient author = member("ba");
        HttpResponse<String> refused = author.post("/articles", Json.createObjectBuilder().add("title", " ")
                .add("body", "x".repeat(100_001)).add("language", "??").build());
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(List.of("title", "body", "language"), fields(refused));
        UUID cover = UUID.randomUUID();
        PlayedContexts.attachments(media, List.of(), List.of(), List.of(cover));
        HttpResponse<String> notMine = author.post("/articles", Json.createObjectBuilder().add("title", "t").add("body", "b")
                .add("coverMediaId", cover.toString()).build());
        assertEquals(List.of("coverMediaId"), fields(notMine));
        assertEquals(0, content.count("SELECT count(*) FROM articles WHERE author_id = ?", author.id()));
    }

    @Test
    void commentsThreadWithADepthCapAndADeletedParentStaysATombstone() {
        ContentClient author = member("ca");
        ContentClient commenter = member("cc");
        String post = json(author.post("/posts", Json.createObjectBuilder().add("text", "discuss").build())).getString("id");

        HttpResponse<String> first = commenter.post("/comments", comment(post, null, "first"));
        assertEquals(201, first.statusCode(), first.body());
        String firstId = json(first).getString("id");
        assertEquals(1, content.count("""
                SELECT count(*) FROM outbox_events WHERE type = 'content.comment.created' AND aggregate_id = ?
                AND payload->'data'->>'targetAuthorId' = ?""", firstId, author.id().toString()));
        String second = json(author.post("/comments", comment(post, null, "second"))).getString("id");
        String chain = firstId;
        for (int depth = 1; depth < 8; depth++) {
            HttpResponse<String> reply = (depth % 2 == 0 ? commenter : author).post("/comments", comment(post, chain, "depth " + depth));
            assertEquals(201, reply.statusCode(), reply.body());
            assertEquals(depth, json(reply).getInt("depth"));
            chain = json(reply).getString("id");
        }
        HttpResponse<String> tooDeep = author.post("/comments", comment(post, chain, "depth 8"));
        assertEquals(400, tooDeep.statusCode(), tooDeep.body());
        assertEquals(List.of("parentId"), fields(tooDeep));

        assertEquals(403, author.delete("/comments/" + firstId).statusCode());
        assertEquals(204, commenter.delete("/comments/" + firstId).statusCode());
        assertEquals(1, outbox("content.comment.deleted", firstId));

        JsonObject page1 = json(author.get("/comments?targetType=post&targetId=" + post + "&limit=5"));
        JsonObject page2 = json(author.get("/comments?targetType=post&targetId=" + post + "&limit=5&after="
                + page1.getString("nextCursor")));
        List<JsonObject> all = new java.util.ArrayList<>();
        page1.getJsonArray("items").forEach(c -> all.add(c.asJsonObject()));
        page2.getJsonArray("items").forEach(c -> all.add(c.asJsonObject()));
        assertEquals(9, all.size());
        assertEquals(firstId, all.get(0).getString("id"));
        assertEquals("deleted", all.get(0).getString("state"));
        assertTrue(PostContainerIT.absent(all.get(0), "authorId"));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 0), all.stream().map(c -> c.getInt("depth")).toList());
        assertEquals(second, all.get(8).getString("id"));
        assertTrue(PostContainerIT.absent(page2, "nextCursor"));
    }

    @Test
    void aCommentNeedsATargetTheCallerMaySeeAndOnlyItsAuthorEditsIt() {
        ContentClient author = member("cv");
        ContentClient stranger = member("cs");
        String hidden = json(author.post("/posts", Json.createObjectBuilder().add("text", "followers only")
                .add("visibility", "followers").build())).getString("id");

        HttpResponse<String> refused = stranger.post("/comments", comment(hidden, null, "let me in"));
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(List.of("targetId"), fields(refused));
        assertEquals(404, stranger.get("/comments?targetType=post&targetId=" + hidden).statusCode());
        assertEquals(0, content.count("SELECT count(*) FROM comments WHERE author_id = ?", stranger.id()));
        HttpResponse<String> empty = author.post("/comments", comment(hidden, null, ""));
        assertEquals(List.of("text"), fields(empty));

        String id = json(author.post("/comments", comment(hidden, null, "my own"))).getString("id");
        assertEquals(404, stranger.patch("/comments/" + id, Json.createObjectBuilder().add("text", "x").build()).statusCode());
        HttpResponse<String> edited = author.patch("/comments/" + id, Json.createObjectBuilder().add("text", "my own, edited").build());
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals(List.of("my own", "my own, edited"), array(author.get("/comments/" + id + "/versions")).stream()
                .map(v -> v.asJsonObject().getString("text")).toList());
        HttpResponse<String> problemBody = stranger.get("/comments/" + id + "/versions");
        assertEquals("not-found", problem(problemBody));
    }

    static JsonObject comment(String postId, String parentId, String text) {
        var draft = Json.createObjectBuilder().add("targetType", "post").add("targetId", postId).add("text", text);
        if (parentId != null) {
            draft.add("parentId", parentId);
        }
        return draft.build();
    }
}
