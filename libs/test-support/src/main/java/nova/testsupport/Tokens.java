package nova.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Access tokens minted the way identity mints them (RS256 compact JWS typed {@code at+jwt}, header {@code kid};
 * claims {@code iss, aud, sub, upn, groups, jti, iat, exp, sid}; 15 minutes), signed with a key of the test's
 * own whose public half it publishes as identity does ({@code GET /.well-known/jwks.json}). A context deployed
 * alone trusts them when its {@code nova.identity.url} points at {@link #serveJwks(URI)}.
 */
public final class Tokens implements AutoCloseable {

    public static final String ISSUER = "https://nova.local/identity";
    public static final String AUDIENCE = "nova";
    /** Every signed-in caller's group, before the permissions of their roles. */
    public static final String SIGNED_IN = "user";

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keys;
    private final String kid = "test-" + UUID.randomUUID();
    private StubContext jwks;

    public Tokens() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String kid() {
        return kid;
    }

    /** An access token for {@code userId} in a new session, with {@code user} followed by {@code permissions}. */
    public String accessToken(UUID userId, String username, String... permissions) {
        return accessToken(userId, username, UUID.randomUUID(), Instant.now(), permissions);
    }

    public String accessToken(UUID userId, String username, UUID sessionId, Instant issuedAt, String... permissions) {
        JsonArrayBuilder groups = Json.createArrayBuilder().add(SIGNED_IN);
        Arrays.stream(permissions).sorted().distinct().forEach(groups::add);
        long iat = issuedAt.getEpochSecond();
        JsonObject claims = Json.createObjectBuilder()
                .add("iss", ISSUER)
                .add("aud", AUDIENCE)
                .add("sub", userId.toString())
                .add("upn", username)
                .add("groups", groups)
                .add("jti", UUID.randomUUID().toString())
                .add("iat", iat)
                .add("exp", iat + 15 * 60)
                .add("sid", sessionId.toString())
                .build();
        JsonObject header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "at+jwt").add("kid", kid).build();
        return sign(header, claims);
    }

    /** The compact JWS of any header and claims, signed RS256 with this key (for tests of what is refused). */
    public String sign(JsonObject header, JsonObject claims) {
        String input = encode(header.toString()) + "." + encode(claims.toString());
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(keys.getPrivate());
            rs256.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + BASE64URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JWK Set identity would publish for this key. */
    public JsonObject jwks() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        JsonObject jwk = Json.createObjectBuilder().add("kty", "RSA").add("use", "sig").add("alg", "RS256")
                .add("kid", kid).add("n", unsigned(key.getModulus())).add("e", unsigned(key.getPublicExponent())).build();
        return Json.createObjectBuilder().add("keys", Json.createArrayBuilder(List.of(jwk))).build();
    }

    /** Publishes {@link #jwks()} at {@code <url>/.well-known/jwks.json} (a localhost port) until {@link #close()}. */
    public Tokens serveJwks(URI url) throws IOException {
        jwks = StubContext.at(url).answerJson("GET", "/.well-known/jwks.json", 200, jwks().toString());
        return this;
    }

    /**
     * Publishes the JWKS where the server under test looks for identity: the {@code NOVA_IDENTITY_URL} its build
     * gives it ({@code nova.it.env.NOVA_IDENTITY_URL}, a localhost port of the test's own).
     */
    public Tokens servedAsIdentity() throws IOException {
        return serveJwks(URI.create(LibertyServer.property("nova.it.env.NOVA_IDENTITY_URL")));
    }

    @Override
    public void close() {
        if (jwks != null) {
            jwks.close();
        }
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
