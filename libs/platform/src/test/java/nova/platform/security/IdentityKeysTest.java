package nova.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * identity's keys as every server fetches them ({@link BearerTokenMechanism#identityKeys}), from a real HTTP server
 * that plays identity's {@code /.well-known/jwks.json}: a slow answer and an outage do not turn good tokens away.
 */
class IdentityKeysTest {

    private HttpServer identity;
    private RSAKey key;
    private volatile long delayMillis;
    private final AtomicInteger fetches = new AtomicInteger();

    @BeforeEach
    void identity() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("identity-1").generate();
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString(true).getBytes(StandardCharsets.UTF_8);
        identity = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        identity.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        identity.createContext("/.well-known/jwks.json", exchange -> {
            fetches.incrementAndGet();
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        identity.start();
    }

    @AfterEach
    void stop() {
        identity.stop(0);
    }

    private URL jwksUrl() throws Exception {
        return URI.create("http://127.0.0.1:" + identity.getAddress().getPort() + "/.well-known/jwks.json").toURL();
    }

    private AccessTokenVerifier verifier(Duration timeout, Duration ttl, Duration outageTolerance) throws Exception {
        return new AccessTokenVerifier(BearerTokenMechanism.identityKeys(jwksUrl(), timeout, ttl, outageTolerance),
                AccessTokenVerifierTest.ISSUER, "nova", 60, Clock.fixed(AccessTokenVerifierTest.NOW, ZoneOffset.UTC));
    }

    private String token() throws Exception {
        return AccessTokenVerifierTest.sign(AccessTokenVerifierTest.header().build(),
                AccessTokenVerifierTest.claims(UnaryOperator.identity()), key);
    }

    @Test
    void aSlowAnswerFromIdentityStillVerifiesAGoodToken() throws Exception {
        // identity loaded (the machine busy after the backbone tests): its key set takes over a second to come;
        // Nimbus's default 500 ms read timeout refused the token as invalid
        delayMillis = 1_500;
        AccessTokenVerifier verifier = verifier(Duration.ofMillis(5_000), BearerTokenMechanism.KEYS_TTL,
                BearerTokenMechanism.KEYS_OUTAGE_TOLERANCE);
        assertEquals("alice", verifier.verify(token()).getName());
    }

    @Test
    void theServersOwnTimeoutIsWellAboveHalfASecond() throws Exception {
        delayMillis = 1_500;
        BearerTokenMechanism mechanism = new BearerTokenMechanism();
        mechanism.identityUrl = "http://127.0.0.1:" + identity.getAddress().getPort();
        mechanism.issuer = AccessTokenVerifierTest.ISSUER;
        mechanism.audience = "nova";
        mechanism.skewSeconds = 60;
        mechanism.keysTimeoutMs = 5_000; // the configuration's default
        mechanism.keys();
        // the production path: a real clock, so a token for now
        String now = AccessTokenVerifierTest.sign(AccessTokenVerifierTest.header().build(),
                AccessTokenVerifierTest.claims(b -> b.issueTime(new java.util.Date())
                        .expirationTime(new java.util.Date(System.currentTimeMillis() + 600_000))), key);
        assertEquals("alice", mechanism.verifier.verify(now).getName());
        mechanism.closeKeys();
    }

    @Test
    void whileIdentityIsAwayTheKeysLastFetchedStayInUse() throws Exception {
        Duration ttl = Duration.ofMillis(2_000);
        AccessTokenVerifier verifier = verifier(Duration.ofMillis(100), ttl, Duration.ofMinutes(15));
        assertEquals("alice", verifier.verify(token()).getName());
        identity.stop(0);
        // time itself is what is tested (nothing to poll for): past the cache's life, the next check must fetch, and cannot
        Thread.sleep(ttl.toMillis() + 500);
        assertEquals("alice", verifier.verify(token()).getName());
    }
}
