package nova.system;

import static nova.system.SocialSystem.FOLLOW;
import static nova.system.SocialSystem.awaitFeed;
import static nova.system.SocialSystem.post;
import static nova.system.SocialSystem.relate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Relay connections through the real GraphQL client against the real contexts (issue 21): every edge's cursor, handed
 * back as {@code after}, gives exactly the items after that edge, in lists the contexts page with their own keyset
 * cursors (a member's posts at content, followers at social, the home feed at social hydrated by content), and
 * {@code endCursor} pages as it always did. Each list is compared with the same list read whole in one page.
 */
class RelayPagingIT {

    static final String POSTS = "query posts($id: ID!, $first: Int, $after: String) { postsByAuthor(userId: $id, "
            + "first: $first, after: $after) { edges { cursor node { id text } } nodes { id } "
            + "pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } }";
    static final String FOLLOWERS = "query followers($id: ID!, $first: Int, $after: String) { followers(userId: $id, "
            + "first: $first, after: $after) { edges { cursor node { id username } } nodes { id } "
            + "pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } }";
    static final String FEED = "query feed($first: Int, $after: String) { feed(first: $first, after: $after) { "
            + "edges { cursor node { id text author { username } } } nodes { id } "
            + "pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } }";

    static final String REPLIES = "query replies($id: ID!, $first: Int, $after: String) { post(id: $id) { "
            + "directReplies(first: $first, after: $after) { edges { cursor node { id text } } nodes { id } "
            + "pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } } }";
    static final String FIRST_REPLIES = "query firstReplies($ids: [String!]!) { posts(ids: $ids) { id "
            + "directReplies(first: 3) { edges { cursor node { id } } nodes { id } "
            + "pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } } }";

    /** One page: its nodes' ids by the edges, the cursors, and its page info. */
    record Page(List<String> ids, List<String> cursors, JsonObject info) {

        static Page of(JsonObject connection) {
            List<JsonObject> edges = connection.getJsonArray("edges").getValuesAs(JsonObject.class);
            List<String> ids = edges.stream().map(e -> e.getJsonObject("node").getString("id")).toList();
            assertEquals(ids, connection.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                    .map(n -> n.getString("id")).toList(), "nodes are the edges' nodes");
            JsonObject info = connection.getJsonObject("pageInfo");
            assertFalse(info.getBoolean("hasPreviousPage"), "forward-only paging");
            List<String> cursors = edges.stream().map(e -> e.getString("cursor")).toList();
            if (!cursors.isEmpty()) {
                assertEquals(cursors.get(0), info.getString("startCursor"));
            }
            if (info.getBoolean("hasNextPage")) {
                assertEquals(info.getString("endCursor"), cursors.get(cursors.size() - 1),
                        "the last edge's cursor is the endCursor");
            }
            return new Page(ids, cursors, info);
        }

        String endCursor() {
            return info.getBoolean("hasNextPage") ? info.getString("endCursor") : null;
        }
    }

    private static Page page(Members.Member member, String query, String field, String subject, int first,
                             String after) {
        Map<String, Object> variables = new HashMap<>();
        if (subject != null) {
            variables.put("id", subject);
        }
        variables.put("first", first);
        if (after != null) {
            variables.put("after", after);
        }
        Gql.Result result = member.execute(query, variables);
        assertTrue(result.errors().isEmpty(), result.errors().toString());
        String[] path = field.split("\\.");  // a connection nested in a root field: "post.directReplies"
        JsonObject connection = result.data(path[0]);
        for (int i = 1; i < path.length; i++) {
            connection = connection.getJsonObject(path[i]);
        }
        return Page.of(connection);
    }

    /**
     * Checks one list: read whole ({@code first: 100}), then by small pages where every page is fetched once by
     * {@code endCursor} and every middle edge's cursor of every page is handed back too.
     */
    private static void pagesExactly(Members.Member member, String query, String field, String subject, int size) {
        List<String> whole = page(member, query, field, subject, 100, null).ids();
        assertEquals(size, whole.size(), "the whole list: " + whole);
        int first = 3;
        List<String> byEndCursor = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Page current = page(member, query, field, subject, first, after);
            int offset = byEndCursor.size();
            byEndCursor.addAll(current.ids());
            for (int i = 0; i < current.cursors().size(); i++) {
                Page resumed = page(member, query, field, subject, first, current.cursors().get(i));
                int from = offset + i + 1;
                assertEquals(whole.subList(Math.min(from, size), Math.min(from + first, size)), resumed.ids(),
                        field + ": after edge " + i + " of page " + pages);
                assertEquals(from + first < size, resumed.info().getBoolean("hasNextPage"),
                        field + ": hasNextPage after edge " + i + " of page " + pages);
                if (resumed.endCursor() != null) { // and the page after a resumed one is the context's own again
                    assertEquals(whole.subList(from + first, Math.min(from + 2 * first, size)),
                            page(member, query, field, subject, first, resumed.endCursor()).ids(),
                            field + ": the page after the one after edge " + i + " of page " + pages);
                }
            }
            after = current.endCursor();
            pages++;
        } while (after != null);
        assertEquals(whole, byEndCursor, field + " by endCursor");
        assertEquals((size + first - 1) / first, pages);
    }

    @Test
    void aMembersPostsPageByEveryEdgesCursor() throws Exception {
        Members.Member author = SocialSystem.newcomer("rlpost");
        for (int i = 1; i <= 7; i++) {
            post(author, "relay post " + i, "public");
        }
        pagesExactly(author, POSTS, "postsByAuthor", author.id(), 7);
        // a middle edge's cursor composes: the page after it, then a middle edge of that page
        Page first = page(author, POSTS, "postsByAuthor", author.id(), 3, null);
        Page afterSecond = page(author, POSTS, "postsByAuthor", author.id(), 3, first.cursors().get(1));
        Page afterFourth = page(author, POSTS, "postsByAuthor", author.id(), 2, afterSecond.cursors().get(1));
        List<String> whole = page(author, POSTS, "postsByAuthor", author.id(), 100, null).ids();
        assertEquals(whole.subList(2, 5), afterSecond.ids());
        assertEquals(whole.subList(4, 6), afterFourth.ids());
        assertTrue(whole.stream().allMatch(id -> !id.isEmpty()));
    }

    @Test
    void aMembersFollowersPageByEveryEdgesCursor() throws Exception {
        Members.Member star = SocialSystem.newcomer("rlstar");
        for (int i = 0; i < 5; i++) {
            relate(SocialSystem.newcomer("rlfan" + i), FOLLOW, star);
        }
        pagesExactly(star, FOLLOWERS, "followers", star.id(), 5);
    }

    @Test
    void theFeedPagesByEveryEdgesCursor() throws Exception {
        Members.Member author = SocialSystem.newcomer("rlfauthor");
        Members.Member reader = SocialSystem.newcomer("rlfreader");
        relate(reader, FOLLOW, author);
        List<String> written = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            written.add(post(author, "relay feed " + i, "public").id().toString());
        }
        awaitFeed(reader, feed -> feed.containsAll(written));
        pagesExactly(reader, FEED, "feed", null, 7);
    }

    @Test
    void aPostsDirectRepliesPageByEveryEdgesCursorInTheThreadsOrder() throws Exception {
        Members.Member author = SocialSystem.newcomer("rlrauthor");
        Members.Member replier = SocialSystem.newcomer("rlrreplier");
        String root = ContentSystem.post(author, ContentSystem.postInput("relay root")).getString("id");
        String other = ContentSystem.post(author, ContentSystem.postInput("relay other")).getString("id");
        List<String> written = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            written.add(ContentSystem.post(i % 2 == 0 ? author : replier,
                    ContentSystem.postInput("relay reply " + i, "replyToId", root)).getString("id"));
        }
        ContentSystem.post(author, ContentSystem.postInput("a reply to a reply", "replyToId", written.get(0)));
        ContentSystem.post(replier, ContentSystem.postInput("on the other", "replyToId", other));
        List<String> direct = ContentSystem.thread(replier, root).data("thread").getJsonArray("descendants")
                .getValuesAs(JsonObject.class).stream().filter(d -> root.equals(d.getString("replyToId", null)))
                .map(d -> d.getString("id")).toList();
        assertEquals(written, direct, "the thread's direct replies, oldest first");
        assertEquals(direct, page(replier, REPLIES, "post.directReplies", root, 100, null).ids());
        pagesExactly(replier, REPLIES, "post.directReplies", root, 7);

        // the first pages of several posts come from content's batch; their cursors page on like the single path's
        Gql.Result batch = replier.execute(FIRST_REPLIES, Map.of("ids", List.of(root, other)));
        assertTrue(batch.errors().isEmpty(), batch.errors().toString());
        List<JsonObject> posts = batch.response().getData().getJsonArray("posts").getValuesAs(JsonObject.class);
        Page rootFirst = Page.of(posts.get(0).getJsonObject("directReplies"));
        assertEquals(direct.subList(0, 3), rootFirst.ids());
        assertEquals(page(replier, REPLIES, "post.directReplies", root, 3, null).info(), rootFirst.info(),
                "the batch's page info is the single path's");
        assertEquals(direct.subList(3, 6), page(replier, REPLIES, "post.directReplies", root, 3,
                rootFirst.endCursor()).ids(), "after the batch's endCursor");
        assertEquals(direct.subList(2, 5), page(replier, REPLIES, "post.directReplies", root, 3,
                rootFirst.cursors().get(1)).ids(), "after the batch's middle edge");
        Page otherFirst = Page.of(posts.get(1).getJsonObject("directReplies"));
        assertEquals(1, otherFirst.ids().size());
        assertFalse(otherFirst.info().getBoolean("hasNextPage"));

        Gql.Result bad = replier.execute(REPLIES, Map.of("id", root, "first", 3, "after", "~p1.!!"));
        assertEquals("VALIDATION_FAILED", bad.code().orElseThrow(), bad.errors().toString());
        assertEquals(List.of("after"), bad.fieldsInError());
        Gql.Result foreign = replier.execute(REPLIES, Map.of("id", root, "first", 3, "after", "bm90LWEtY3Vyc29y"));
        assertEquals("VALIDATION_FAILED", foreign.code().orElseThrow(), "content's 400: " + foreign.errors());
    }

    @Test
    void aCursorTheGatewayNeverGaveIsValidationFailedOnAfter() throws Exception {
        Members.Member member = Members.newcomer("rlbad");
        for (String bad : List.of("~p1.!!", "~p9.MA", "~p1.LTE")) {
            Gql.Result result = member.execute(POSTS, Map.of("id", member.id(), "first", 3, "after", bad));
            assertEquals("VALIDATION_FAILED", result.code().orElseThrow(), bad + ": " + result.errors());
            assertEquals(List.of("after"), result.fieldsInError(), bad);
            assertFalse(result.error().getMessage().contains("Exception"), result.error().getMessage());
        }
    }
}
