package nova.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The managed Liberty server of the in-container tier, as the build's {@code in-container} profile describes it in
 * system properties ({@code nova.it.*}). Before Arquillian starts it, writes its {@code server.env} as
 * {@code ./nova} writes a server's (the environment's secrets, or the local profile's defaults); extra variables
 * come from {@code nova.it.env.NAME} properties (e.g. {@code NOVA_IDENTITY_URL} pointing at a test's JWKS); and the
 * application's security-role bindings, which Arquillian reads when it is configured.
 * Before each test, waits until the server's {@code /health/ready} answers 200: Arquillian only knows that the
 * application started, not that its database, broker and consumers are ready.
 */
public final class LibertyServer implements BeforeAllCallback, BeforeEachCallback {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static volatile boolean environmentWritten;

    /** The context this server runs ({@code identity}, {@code user}, …, {@code gateway}). */
    public static String context() {
        return property("nova.it.context");
    }

    public static int httpPort() {
        return Integer.parseInt(property("nova.it.http.port"));
    }

    /** {@code http://localhost:<port>}: the WAR is deployed at the root, as in the running system. */
    public static URI base() {
        return URI.create("http://localhost:" + httpPort());
    }

    @Override
    public void beforeAll(ExtensionContext extension) throws Exception {
        if (environmentWritten) {
            return;
        }
        synchronized (LibertyServer.class) {
            if (!environmentWritten) {
                writeEnvironment();
                Deployments.writeBindings(Path.of(property("nova.it.server.xml")), Path.of(property("nova.it.bindings")));
                environmentWritten = true;
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        URI ready = base().resolve("/health/ready");
        await("/health/ready of the " + context() + " server").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    static void writeEnvironment() throws IOException {
        String context = context();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("NOVA_PROFILE", "local");
        env.put("NOVA_ADMIN_USER", Local.adminUser());
        env.put("NOVA_ADMIN_PASSWORD", Local.adminPassword());
        env.put("NOVA_KEYSTORE_PASSWORD", Local.keystorePassword());
        env.put("NOVA_DB_HOST", Local.dbHost());
        env.put("NOVA_DB_PORT", String.valueOf(Local.dbPort()));
        env.put("NOVA_KAFKA_BOOTSTRAP", Local.kafkaBootstrap());
        env.put("NOVA_HTTP_PORT", String.valueOf(httpPort()));
        env.put("NOVA_HTTPS_PORT", property("nova.it.https.port"));
        if (!context.equals("gateway")) {
            env.put("NOVA_DB_PASSWORD", Local.dbPassword(context));
        }
        // only identity signs tokens, as in the running system
        if (context.equals("identity")) {
            env.put("NOVA_JWT_KEY_SECRET", Local.jwtKeySecret());
        }
        // Arquillian deploys the WAR once per test class, and each undeploy closes the consumers one after another,
        // each waiting for its fetch in flight: with the servers' 2 s wait (an idle-CPU setting, issue 23) that was
        // ~18 s per undeploy of communication's WAR. A fetch still answers as soon as a record arrives, so the tests
        // see the same deliveries; only an idle consumer asks the broker more often. (nova.it.env. overrides it.)
        env.put("NOVA_KAFKA_FETCH_MAX_WAIT_MS", "200");
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("nova.it.env."))
                .sorted().forEach(name -> env.put(name.substring("nova.it.env.".length()), System.getProperty(name)));
        Path serverEnv = Path.of(property("nova.it.server.dir"), "server.env");
        Files.deleteIfExists(serverEnv);
        Files.createFile(serverEnv, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(serverEnv, env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n")));
    }

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run in-container tests with mvn -Din-container verify");
        }
        return value;
    }
}
