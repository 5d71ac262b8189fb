package nova.gateway.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nova.testsupport.Deployments;
import nova.testsupport.Http;
import nova.testsupport.InContainer;
import nova.testsupport.LibertyServer;
import nova.testsupport.StubContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Relay edges on the deployed gateway, with content played by the test: every edge has a cursor, the last one the
 * context's own next cursor; a middle edge's cursor handed back becomes the context call with the page's own
 * {@code after} and {@code first + index + 1}, the first {@code index + 1} items dropped; a cursor the gateway never
 * gave is {@code VALIDATION_FAILED} on {@code after} and content is not called.
 */
@InContainer
class RelayPagingContainerIT {

    private static final String POSTS = """
            query($id: ID!, $first: Int, $after: String) { postsByAuthor(userId: $id, first: $first, after: $after) {
              edges { cursor node { id text } } nodes { id }
              pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } }""";

    private static final UUID AUTHOR = UUID.randomUUID();
    private static final String PATH = "/posts/by-author/" + AUTHOR;
    private static final List<UUID> IDS = IntStream.range(0, 8).mapToObj(i -> UUID.randomUUID()).toList();

    private static StubContext content;


    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void playContent() throws Exception {
        content = StubContext.playing("NOVA_CONTENT_URL");
    }

    @AfterAll
    static void stopPlaying() {
        content.close();
    }

    @BeforeEach
    void forgetTheLastTest() {
        content.reset();
    }

    @Test
    void everyEdgeHasACursorAndTheLastIsTheContextsNextCursor() {
        content.answerJson("GET", PATH, 200, page(0, 4, "TkVYVDE"));

        JsonObject connection = postsByAuthor(4, null);

        List<JsonObject> edges = connection.getJsonArray("edges").getValuesAs(JsonObject.class);
        assertEquals(ids(0, 4), edges.stream().map(e -> e.getJsonObject("node").getString("id")).toList());
        assertEquals(ids(0, 4), connection.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("id")).toList());
        List<String> cursors = edges.stream().map(e -> e.getString("cursor")).toList();
        assertTrue(cursors.subList(0, 3).stream().allMatch(c -> c.startsWith("~p1.")), cursors.toString());
        assertEquals(4, cursors.stream().distinct().count(), "distinct cursors: " + cursors);
        assertEquals("TkVYVDE", cursors.get(3));
        JsonObject info = connection.getJsonObject("pageInfo");
        assertEquals(cursors.get(0), info.getString("startCursor"));
        assertEquals("TkVYVDE", info.getString("endCursor"));
        assertTrue(info.getBoolean("hasNextPage"));
        assertFalse(info.getBoolean("hasPreviousPage"));
        assertEquals(List.of("limit=4"), only());
    }

    @Test
    void aMiddleEdgesCursorAsksAgainFromThePagesOwnAfterAndDropsWhatCameBefore() {
        content.answerJson("GET", PATH, 200, page(4, 8, "TkVYVDI"));
        String third = cursors(postsByAuthor(4, "QUZURVI")).get(2); // a page fetched after QUZURVI, its third edge
        content.reset();
        content.answerJson("GET", PATH, 200, page(4, 8, "TkVYVDM")); // what content answers after QUZURVI, 4 items

        JsonObject connection = postsByAuthor(1, third);

        assertEquals(List.of("after=QUZURVI", "limit=4"), only(), "first + index + 1 from the page's own after");
        assertEquals(ids(7, 8), connection.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("id")).toList(), "the three before it dropped");
        assertEquals("TkVYVDM", connection.getJsonObject("pageInfo").getString("endCursor"));
        assertEquals(List.of("TkVYVDM"), cursors(connection));
    }

    @Test
    void onTheLastPageTheLastEdgesCursorGivesAnEmptyPage() {
        content.answerJson("GET", PATH, 200, page(0, 2, null));
        List<String> cursors = cursors(postsByAuthor(5, null));
        assertTrue(cursors.get(1).startsWith("~p1."), "no next cursor: a position token");
        content.reset();
        content.answerJson("GET", PATH, 200, page(0, 2, null));

        JsonObject connection = postsByAuthor(5, cursors.get(1));

        assertEquals(0, connection.getJsonArray("edges").size());
        assertFalse(connection.getJsonObject("pageInfo").getBoolean("hasNextPage"));
        assertTrue(connection.getJsonObject("pageInfo").isNull("startCursor"));
        assertEquals(List.of("limit=7"), only());
    }

    @Test
    void aCursorTheGatewayNeverGaveIsValidationFailedAndContentIsNotCalled() {
        for (String bad : List.of("~p1.@@", "~p1.", "~p7.MQ")) {
            JsonObject answer = graphql(POSTS, variables(3, bad));
            JsonObject error = answer.getJsonArray("errors").getJsonObject(0);
            assertEquals("VALIDATION_FAILED", error.getJsonObject("extensions").getString("code"), answer.toString());
            assertEquals("after", error.getJsonObject("extensions").getJsonArray("fieldErrors").getJsonObject(0)
                    .getString("field"));
            assertFalse(answer.toString().contains("Exception"), answer.toString());
        }
        assertEquals(List.of(), content.requests());
    }

    /** The query parameters of the one call content was sent, sorted. */
    private static List<String> only() {
        List<StubContext.Request> sent = content.requests("GET", PATH);
        assertEquals(1, sent.size(), content.requests().toString());
        String query = sent.get(0).query();
        return query == null ? List.of() : java.util.Arrays.stream(query.split("&")).sorted().toList();
    }

    private static List<String> cursors(JsonObject connection) {
        return connection.getJsonArray("edges").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("cursor")).toList();
    }

    private static List<String> ids(int from, int to) {
        return IDS.subList(from, to).stream().map(UUID::toString).toList();
    }

    private static JsonObject postsByAuthor(int first, String after) {
        JsonObject answer = graphql(POSTS, variables(first, after));
        assertFalse(answer.containsKey("errors"), answer.toString());
        return answer.getJsonObject("data").getJsonObject("postsByAuthor");
    }

    private static JsonObject variables(int first, String after) {
        var variables = Json.createObjectBuilder().add("id", AUTHOR.toString()).add("first", first);
        if (after != null) {
            variables.add("after", after);
        }
        return variables.build();
    }

    /** A page of content's posts {@code from..to} of {@link #IDS}, as content answers it. */
    private static String page(int from, int to, String nextCursor) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int i = from; i < to; i++) {
            items.add(Json.createObjectBuilder().add("id", IDS.get(i).toString()).add("authorId", AUTHOR.toString())
                    .add("text", "post " + i).add("visibility", "public").add("sensitive", false)
                    .add("mediaIds", Json.createArrayBuilder()).add("mentionIds", Json.createArrayBuilder())
                    .add("hashtags", Json.createArrayBuilder()).add("replyCount", 0).add("state", "visible")
                    .add("createdAt", "2026-01-01T00:00:0" + (9 - i % 10) + "Z"));
        }
        var page = Json.createObjectBuilder().add("items", items);
        if (nextCursor != null) {
            page.add("nextCursor", nextCursor);
        }
        return page.build().toString();
    }

    private static JsonObject graphql(String query, JsonObject variables) {
        // a token of its own per request: the gateway only passes it on (content, played here, would verify it), and
        // the test server's per-caller budget is 5 requests (src/test/liberty/server.xml, for RateLimitContainerIT)
        Http http = Http.to(LibertyServer.base()).withBearer("caller." + UUID.randomUUID() + ".signature");
        HttpResponse<String> response = http.post("/graphql",
                Json.createObjectBuilder().add("query", query).add("variables", variables).build());
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }
}
