package nova.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The gateway as an HTTP endpoint (issue 14): the published schema document builds with graphql-js and is
 * what introspection says; a document whose operation cannot be chosen is a GraphQL error with its own code;
 * a body that is not JSON is refused with 415 before anything runs (a cross-origin text/plain POST needs no
 * CORS preflight); every other method is 405; every refusal is problem+json; every answer is
 * {@code Cache-Control: no-store}.
 */
class GatewayProtocolIT {

    private static final URI GRAPHQL = URI.create(Gql.URL);
    /** graphql-js, the reference implementation the issue names; installed under target/ by this test. */
    private static final String GRAPHQL_JS = "graphql@16.15.0";

    private static HttpResponse<String> post(String contentType, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(GRAPHQL).timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return Nova.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String document(String query) {
        return Json.createObjectBuilder().add("query", query).build().toString();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String slug) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        JsonObject problem = Nova.json(response.body());
        assertEquals(status, problem.getInt("status"));
        assertEquals("https://nova.dev/problems/" + slug, problem.getString("type"));
        assertTrue(problem.getString("detail").length() > 10, problem.toString());
        assertEquals(Optional.of("no-store"), response.headers().firstValue("Cache-Control"));
    }

    // --- 1: the schema document ------------------------------------------------------------------

    @Test
    void thePublishedSchemaBuildsWithGraphqlJsAndIsWhatIntrospectionSays() throws Exception {
        Path dir = Path.of("target", "graphql-js").toAbsolutePath();
        Files.createDirectories(dir);
        if (!Files.isDirectory(dir.resolve("node_modules/graphql"))) {
            run(dir, Duration.ofMinutes(3), "npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix",
                    dir.toString(), GRAPHQL_JS);
        }
        Path script = dir.resolve("schema-check.mjs");
        Files.copy(Path.of("src/test/node/schema-check.mjs"), script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertEquals("same", run(dir, Duration.ofMinutes(1), "node", script.toString(), "http://localhost:9080").strip());
    }

    @Test
    void theSchemaDeclaresTheDateTimeScalarItUses() throws Exception {
        HttpResponse<String> schema = Nova.get(URI.create("http://localhost:9080/graphql/schema.graphql"));

        assertEquals(200, schema.statusCode());
        assertTrue(schema.body().contains("createdAt: DateTime!"), "the schema uses DateTime");
        assertTrue(schema.body().contains("\"Scalar for DateTime\"\nscalar DateTime\n"), schema.body());
    }

    /** Runs a command in {@code dir}; its output, or an assertion error with it if it fails. */
    private static String run(Path dir, Duration within, String... command) throws Exception {
        Path output = Files.createTempFile(dir, "out", ".txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(within.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + within);
        }
        String printed = Files.readString(output);
        Files.delete(output);
        assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + printed);
        return printed;
    }

    // --- 2: which operation runs ---------------------------------------------------------------

    @Test
    void aDocumentWhoseOperationCannotBeChosenIsRefusedWithItsOwnCode() throws Exception {
        String two = "query a { __typename } query b { __typename }";
        for (String body : List.of(document(two),
                Json.createObjectBuilder().add("query", two).add("operationName", "c").build().toString(),
                Json.createObjectBuilder().add("query", "query a { __typename }").add("operationName", "b").build().toString())) {
            HttpResponse<String> answer = post("application/json", body, Map.of());

            assertEquals(200, answer.statusCode(), answer.body());
            JsonObject json = Nova.json(answer.body());
            assertEquals(1, json.getJsonArray("errors").size(), answer.body());
            assertEquals("OPERATION_RESOLUTION_FAILED", json.getJsonArray("errors").getJsonObject(0)
                    .getJsonObject("extensions").getString("code"), answer.body());
            assertTrue(json.isNull("data"), answer.body());
        }
        HttpResponse<String> named = post("application/json",
                Json.createObjectBuilder().add("query", two).add("operationName", "b").build().toString(), Map.of());
        assertEquals("Query", Nova.json(named.body()).getJsonObject("data").getString("__typename"), named.body());
    }

    // --- 3: only JSON bodies, only POST ----------------------------------------------------------

    @Test
    void aCrossOriginTextPlainRegistrationIsRefusedBeforeItRuns() throws Exception {
        Map<String, Object> newcomer = FirstJourneyIT.newcomer("csrf");
        String register = "mutation { register(input: {email: \"" + newcomer.get("email") + "\", username: \""
                + newcomer.get("username") + "\", password: \"" + FirstJourneyIT.PASSWORD + "\"}) { id } }";
        Map<String, String> fromElsewhere = Map.of("Origin", "https://attacker.example");

        assertProblem(post("text/plain", document(register), fromElsewhere), 415, "unsupported-media-type");
        assertProblem(post("text/plain;charset=UTF-8", document(register), fromElsewhere), 415, "unsupported-media-type");
        assertProblem(post("application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(register, StandardCharsets.UTF_8), fromElsewhere), 415, "unsupported-media-type");
        assertProblem(post("multipart/form-data; boundary=b",
                "--b\r\nContent-Disposition: form-data; name=\"query\"\r\n\r\n" + register + "\r\n--b--\r\n", fromElsewhere),
                415, "unsupported-media-type");

        // none of them ran: the name and address are still free
        try (Gql gql = Gql.anonymous()) {
            assertEquals(newcomer.get("username"), FirstJourneyIT.register(gql, newcomer).getString("username"));
        }
    }

    @Test
    void theGraphqlResponseMediaTypeIsAcceptedAsJson() throws Exception {
        HttpResponse<String> answer = post("application/graphql-response+json", document("{ __typename }"), Map.of());

        assertEquals("Query", Nova.json(answer.body()).getJsonObject("data").getString("__typename"), answer.body());
    }

    @Test
    void aMutationByGetIs405ProblemJson() throws Exception {
        String mutation = URLEncoder.encode("mutation { logout }", StandardCharsets.UTF_8);
        HttpResponse<String> answer = Nova.get(URI.create(Gql.URL + "?query=" + mutation));

        assertProblem(answer, 405, "method-not-allowed");
        assertEquals(Optional.of("POST"), answer.headers().firstValue("Allow"));
        assertProblem(Nova.get(GRAPHQL), 405, "method-not-allowed");
    }

    // --- 4: no answer is kept by a cache ---------------------------------------------------------

    @Test
    void tokenAnswersAndEveryOtherAnswerAreNotStored() throws Exception {
        Members.Member ada = Members.newcomer("nostore");
        String login = "mutation { login(login: \"" + ada.username() + "\", password: \"" + ada.password()
                + "\") { accessToken refreshToken } }";
        HttpResponse<String> loggedIn = post("application/json", document(login), Map.of());
        assertTrue(Nova.json(loggedIn.body()).getJsonObject("data").getJsonObject("login").containsKey("accessToken"));
        assertEquals(Optional.of("no-store"), loggedIn.headers().firstValue("Cache-Control"));

        HttpResponse<String> refreshed = post("application/json", document("mutation { refresh(refreshToken: \""
                + ada.refreshToken() + "\") { accessToken } }"), Map.of());
        assertTrue(Nova.json(refreshed.body()).getJsonObject("data").getJsonObject("refresh").containsKey("accessToken"),
                refreshed.body());
        assertEquals(Optional.of("no-store"), refreshed.headers().firstValue("Cache-Control"));

        HttpResponse<String> me = post("application/json", document("{ me { id } }"),
                Map.of("Authorization", "Bearer " + ada.accessToken()));
        assertEquals(Optional.of("no-store"), me.headers().firstValue("Cache-Control"));
        HttpResponse<String> refused = post("application/json", document("{ me { id } }"), Map.of());
        assertTrue(refused.body().contains("UNAUTHENTICATED"), refused.body());
        assertEquals(Optional.of("no-store"), refused.headers().firstValue("Cache-Control"));
        HttpResponse<String> invalid = post("application/json", document("{ nope }"), Map.of());
        assertTrue(invalid.body().contains("GRAPHQL_VALIDATION_FAILED"), invalid.body());
        assertEquals(Optional.of("no-store"), invalid.headers().firstValue("Cache-Control"));
    }
}
