package nova.gateway.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
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
 * The streaming reader of the hot answers ({@code ContractJson}) inside the deployed gateway, with content and user
 * played by the test: content's post ({@code GET /posts/{id}}) and user's profiles ({@code GET /users?ids=}) are read
 * into the answer, unknown fields skipped; an answer that is not JSON is the clients' one failure path, as with JSON-B:
 * {@code UNAVAILABLE} naming the context, no stack trace, and with user broken the post still arrives.
 */
@InContainer
class ContractJsonContainerIT {

    private static final String POST = """
            query($id: ID!) { post(id: $id) { id authorId text visibility contentWarning sensitive language mediaIds
              hashtags replyCount state createdAt editedAt author { id username displayName bio verified } } }""";

    private static final UUID ID = UUID.randomUUID();
    private static final UUID AUTHOR = UUID.randomUUID();

    private static StubContext content;
    private static StubContext user;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void play() throws Exception {
        content = StubContext.playing("NOVA_CONTENT_URL");
        user = StubContext.playing("NOVA_USER_URL");
    }

    @AfterAll
    static void stopPlaying() {
        content.close();
        user.close();
    }

    @BeforeEach
    void forgetTheLastTest() {
        content.reset();
        user.reset();
    }

    @Test
    void aPostAndItsAuthorAreReadFieldByFieldUnknownFieldsSkipped() {
        content.answerJson("GET", "/posts/" + ID, 200, """
                {"id":"%s","authorId":"%s","text":"h\\u00e9llo \\"you\\"","visibility":"followers","contentWarning":"cw",
                 "sensitive":true,"language":"en","mediaIds":[],"mentionIds":[],"hashtags":["nova"],"replyToId":null,
                 "quoteOfId":null,"conversationRootId":"%s","replyCount":3,"state":"visible",
                 "createdAt":"2026-01-02T03:04:05.678Z","editedAt":null,"addedLater":{"x":[1,{"y":null}]}}"""
                .formatted(ID, AUTHOR, ID));
        user.answerJson("GET", "/users", 200, """
                [{"id":"%s","username":"ann","displayName":"Ann","bio":null,"locale":"en","links":[{"name":"a","url":"b"}],
                  "verified":true,"status":"active","createdAt":"2026-01-01T00:00:00Z","future":[[]]}]""".formatted(AUTHOR));

        JsonObject answer = graphql(POST);

        assertFalse(answer.containsKey("errors"), answer.toString());
        JsonObject post = answer.getJsonObject("data").getJsonObject("post");
        assertEquals(ID.toString(), post.getString("id"));
        assertEquals(AUTHOR.toString(), post.getString("authorId"));
        assertEquals("h\u00e9llo \"you\"", post.getString("text"));
        assertEquals("FOLLOWERS", post.getString("visibility"));
        assertEquals("cw", post.getString("contentWarning"));
        assertTrue(post.getBoolean("sensitive"));
        assertEquals("en", post.getString("language"));
        assertEquals(0, post.getJsonArray("mediaIds").size());
        assertEquals("nova", post.getJsonArray("hashtags").getString(0));
        assertEquals(3, post.getInt("replyCount"));
        assertEquals("VISIBLE", post.getString("state"));
        assertTrue(post.getString("createdAt").startsWith("2026-01-02T03:04:05.678"), post.toString());
        assertTrue(post.isNull("editedAt"));
        JsonObject author = post.getJsonObject("author");
        assertEquals(AUTHOR.toString(), author.getString("id"));
        assertEquals("ann", author.getString("username"));
        assertEquals("Ann", author.getString("displayName"));
        assertTrue(author.isNull("bio"));
        assertTrue(author.getBoolean("verified"));
        assertEquals(1, user.requests("GET", "/users").size());
    }

    @Test
    void anAnswerThatIsNotJsonIsUnavailableAsBefore() {
        content.answer("GET", "/posts/" + ID, 200, "application/json", "{\"id\":\"" + ID + "\",\"authorId\":");

        JsonObject answer = graphql(POST);

        JsonObject error = answer.getJsonArray("errors").getJsonObject(0);
        assertEquals("UNAVAILABLE", error.getJsonObject("extensions").getString("code"), answer.toString());
        assertTrue(error.getString("message").contains("content"), answer.toString());
        assertFalse(answer.toString().contains("Exception"), answer.toString());
    }

    @Test
    void withUsersAnswerBrokenThePostStillArrivesAndItsAuthorIsUnavailable() {
        content.answerJson("GET", "/posts/" + ID, 200, """
                {"id":"%s","authorId":"%s","text":"t","visibility":"public","sensitive":false,"mediaIds":[],
                 "mentionIds":[],"hashtags":[],"replyCount":0,"state":"visible","createdAt":"2026-01-02T03:04:05Z"}"""
                .formatted(ID, AUTHOR));
        user.answer("GET", "/users", 200, "application/json", "[{\"id\":\"" + AUTHOR + "\",\"verified\":null}]");

        JsonObject answer = graphql(POST);

        JsonObject post = answer.getJsonObject("data").getJsonObject("post");
        assertEquals("t", post.getString("text"));
        assertTrue(post.isNull("author"), answer.toString());
        JsonObject error = answer.getJsonArray("errors").getJsonObject(0);
        assertEquals("UNAVAILABLE", error.getJsonObject("extensions").getString("code"), answer.toString());
        assertEquals("author", error.getJsonArray("path").getString(1), answer.toString());
        assertFalse(answer.toString().contains("Exception"), answer.toString());
    }

    private static JsonObject graphql(String query) {
        // a token of its own per request: the test server's per-caller budget is 5 requests
        Http http = Http.to(LibertyServer.base()).withBearer("caller." + UUID.randomUUID() + ".signature");
        HttpResponse<String> response = http.post("/graphql", Json.createObjectBuilder().add("query", query)
                .add("variables", Json.createObjectBuilder().add("id", ID.toString())).build());
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }
}
