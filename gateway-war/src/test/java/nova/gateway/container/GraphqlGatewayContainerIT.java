package nova.gateway.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * The gateway deployed alone, with identity played by the test: a GraphQL mutation becomes identity's REST call,
 * identity's answers (an account, a problem+json) become GraphQL data and error codes, and a document over the
 * limits is refused before any context is called.
 */
@InContainer
class GraphqlGatewayContainerIT {

    private static final String REGISTER = """
            mutation($input: RegisterInput!) { register(input: $input) { id username email } }""";

    // one stub for the class: the gateway's client keeps its connections to identity open between calls
    private static StubContext identity;

    private final Http http = Http.to(LibertyServer.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void playIdentity() throws Exception {
        identity = StubContext.playing("NOVA_IDENTITY_URL");
    }

    @AfterAll
    static void stopPlaying() {
        identity.close();
    }

    @BeforeEach
    void forgetTheLastTest() {
        identity.reset();
    }

    @Test
    void aRegistrationIsIdentitysAccount() {
        String id = UUID.randomUUID().toString();
        identity.answerJson("POST", "/accounts", 201, Json.createObjectBuilder().add("id", id).add("username", "ada")
                .add("email", "ada@example.org").add("createdAt", "2026-01-01T00:00:00Z").build().toString());

        JsonObject answer = graphql(REGISTER, registration("ada"));

        assertTrue(!answer.containsKey("errors"), answer.toString());
        JsonObject account = answer.getJsonObject("data").getJsonObject("register");
        assertEquals(id, account.getString("id"));
        assertEquals("ada", account.getString("username"));
        List<StubContext.Request> sent = identity.requests("POST", "/accounts");
        assertEquals(1, sent.size());
        JsonObject body = Http.json(sent.get(0).body());
        assertEquals("ada", body.getString("username"));
        assertEquals("ada@example.org", body.getString("email"));
    }

    @Test
    void identitysConflictIsAGraphqlConflictNamingTheField() {
        identity.answerProblem("POST", "/accounts", 409, """
                {"type":"https://nova.dev/problems/already-taken","title":"Already taken","status":409,
                 "detail":"Another account already uses this username.",
                 "errors":[{"field":"username","message":"is already taken"}]}""");

        JsonObject error = graphql(REGISTER, registration("taken")).getJsonArray("errors").getJsonObject(0);

        JsonObject extensions = error.getJsonObject("extensions");
        assertEquals("CONFLICT", extensions.getString("code"));
        assertEquals(List.of("username"), extensions.getJsonArray("fieldErrors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList(), extensions.toString());
    }

    @Test
    void aDocumentOverTheLimitsIsRefusedBeforeIdentityIsCalled() {
        String aliases = IntStream.rangeClosed(1, 11)
                .mapToObj(i -> "a" + i + ": login(login: \"ada\", password: \"x\") { accessToken }")
                .collect(Collectors.joining(" "));

        JsonObject answer = graphql("mutation { " + aliases + " }", Json.createObjectBuilder().build());

        assertEquals("QUERY_TOO_COMPLEX", answer.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
                .getString("code"));
        assertTrue(identity.requests().isEmpty(), "nothing reached identity: " + identity.requests());
    }

    @Test
    void theSchemaIsServed() {
        HttpResponse<String> schema = http.get("/graphql/schema.graphql");
        assertEquals(200, schema.statusCode());
        assertTrue(schema.body().contains("register(input: RegisterInput!): Account"), schema.body());
    }

    private JsonObject graphql(String query, JsonObject variables) {
        HttpResponse<String> response = http.post("/graphql",
                Json.createObjectBuilder().add("query", query).add("variables", variables).build());
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    private static JsonObject registration(String username) {
        return Json.createObjectBuilder().add("input", Json.createObjectBuilder().add("email", username + "@example.org")
                .add("username", username).add("password", "correct horse battery staple 42")).build();
    }
}
