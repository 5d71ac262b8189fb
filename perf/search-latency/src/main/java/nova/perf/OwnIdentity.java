package nova.perf;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * Identity played by the benchmark when only the search server runs ({@code bench.identity=<url>}, the URL the
 * search server was given as {@code nova.identity.url}): a key of its own, its public half served at
 * {@code <url>/.well-known/jwks.json}, and access tokens minted as identity mints them (RS256 {@code at+jwt}; the
 * claims libs/test-support's Tokens gives). No gateway, identity or user server is needed for a signed-in search.
 */
final class OwnIdentity implements AutoCloseable {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keys;
    private final String kid = "perf-search-" + UUID.randomUUID();
    private final HttpServer server;

    OwnIdentity(URI url) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        byte[] jwks = Json.createObjectBuilder().add("keys", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("kty", "RSA").add("use", "sig").add("alg", "RS256").add("kid", kid)
                .add("n", unsigned(key.getModulus())).add("e", unsigned(key.getPublicExponent()))))
                .build().toString().getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("localhost", url.getPort()), 0);
        server.createContext("/.well-known/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        server.start();
    }

    /** A signed-in member's access token (group {@code user}), valid 15 minutes; minted again per use. */
    String accessToken(UUID userId, String username) throws Exception {
        long iat = Instant.now().getEpochSecond();
        JsonObject claims = Json.createObjectBuilder().add("iss", "https://nova.local/identity").add("aud", "nova")
                .add("sub", userId.toString()).add("upn", username).add("groups", Json.createArrayBuilder().add("user"))
                .add("jti", UUID.randomUUID().toString()).add("iat", iat).add("exp", iat + 15 * 60)
                .add("sid", UUID.randomUUID().toString()).build();
        JsonObject header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "at+jwt").add("kid", kid).build();
        String input = encode(header.toString()) + "." + encode(claims.toString());
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(keys.getPrivate());
        rs256.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + BASE64URL.encodeToString(rs256.sign());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return BASE64URL.encodeToString(bytes);
    }
}
