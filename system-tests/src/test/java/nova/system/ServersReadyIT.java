package nova.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Every server is up and exposes what operators and clients rely on (ISSUE 2, ARCHITECTURE §8). */
// alone, no other test class beside it (parallel system tests, see system-tests/pom.xml): it asserts every server is ready: not while another test has one down
@Isolated
class ServersReadyIT {

    static Stream<Nova.Server> servers() {
        return Nova.SERVERS.stream();
    }

    static Stream<Nova.Server> contexts() {
        return Nova.CONTEXTS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void readyIsUp(Nova.Server server) throws Exception {
        HttpResponse<String> response = Nova.get(server.http("/health/ready"));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Nova.json(response.body());
        assertEquals("UP", health.getString("status"));
        List<String> checks = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .map(check -> check.getString("name")).toList();
        assertTrue(checks.contains("database"), "readiness includes the database check: " + checks);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void liveAndStartedAreUp(Nova.Server server) throws Exception {
        for (String probe : List.of("/health/live", "/health/started")) {
            HttpResponse<String> response = Nova.get(server.http(probe));
            assertEquals(200, response.statusCode(), probe + ": " + response.body());
            assertEquals("UP", Nova.json(response.body()).getString("status"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contexts")
    void contextDatabaseIsMigratedAndReachable(Nova.Server server) throws Exception {
        JsonObject database = Nova.json(Nova.get(server.http("/health/ready")).body())
                .getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
        assertTrue(database.getJsonObject("data").getBoolean("migrated"), database::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void prometheusMetrics(Nova.Server server) throws Exception {
        HttpResponse<String> response = Nova.get(server.http("/metrics"));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(response.body().contains("jvm_uptime_seconds"), "base JVM metrics are exported");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contexts")
    void contextPublishesItsOpenApiDocument(Nova.Server server) throws Exception {
        HttpResponse<String> response = Nova.get(server.http("/openapi?format=JSON"));
        assertEquals(200, response.statusCode());
        assertEquals("Nova " + server.name(), Nova.json(response.body()).getJsonObject("info").getString("title"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contexts")
    void unknownPathIsAProblemDocumentWithoutInternals(Nova.Server server) throws Exception {
        HttpResponse<String> response = Nova.get(server.http("/no-such-resource"));
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = Nova.json(response.body());
        assertEquals(404, problem.getInt("status"));
        assertEquals("Not Found", problem.getString("title"));
        assertFalse(response.body().contains("RESTEASY") || response.body().contains("Exception"), response.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void adminCenterIsServedOverHttpsBehindLogin(Nova.Server server) throws Exception {
        HttpResponse<String> response = Insecure.get(server.https("/adminCenter/"));
        // the login form, or a redirect to it: never the console itself without credentials
        assertTrue(response.statusCode() == 200 || response.statusCode() == 302, "status " + response.statusCode());
        String target = response.statusCode() == 302 ? response.headers().firstValue("Location").orElse("") : response.body();
        assertTrue(target.contains("login") || target.contains("j_security_check"), target);
    }

    @Test
    void gatewayAnswersGraphqlWithEveryServerReady() throws Exception {
        HttpResponse<String> response = Nova.postJson(Nova.SERVERS.get(0).http("/graphql"),
                "{\"query\":\"{ system { ready servers { name readiness } } }\"}");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject system = Nova.json(response.body()).getJsonObject("data").getJsonObject("system");
        List<String> names = system.getJsonArray("servers").getValuesAs(JsonObject.class).stream()
                .map(server -> server.getString("name")).toList();
        assertEquals(Nova.SERVERS.stream().map(Nova.Server::name).toList(), names);
        system.getJsonArray("servers").getValuesAs(JsonObject.class)
                .forEach(server -> assertEquals("UP", server.getString("readiness"), server.toString()));
        assertTrue(system.getBoolean("ready"));
    }

    @Test
    void gatewayPublishesItsSchema() throws Exception {
        HttpResponse<String> response = Nova.get(Nova.SERVERS.get(0).http("/graphql/schema.graphql"));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("system: SystemStatus!"), response.body());
    }

    @Test
    void gatewayHasNoDatabaseWhileContextsHaveTheirs() throws Exception {
        // Liberty exports connectionpool_* metrics for every datasource in use
        String gateway = Nova.get(Nova.SERVERS.get(0).http("/metrics")).body();
        assertFalse(gateway.contains("connectionpool_"), "the gateway has a connection pool");
        for (Nova.Server context : Nova.CONTEXTS) {
            String metrics = Nova.get(context.http("/metrics")).body();
            assertTrue(metrics.contains("connectionpool_") && metrics.contains("datasource=\"jdbc_nova\""),
                    context.name() + " exports its datasource's pool");
        }
    }
}
