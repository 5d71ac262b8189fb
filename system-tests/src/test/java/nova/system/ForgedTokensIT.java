package nova.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nova.identity.token.KeyEncryption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every context checks the tokens it is given (libs/platform's BearerTokenMechanism against identity's JWKS):
 * issuer, audience, expiry with at most 60 s of skew, RS256 only, type at+jwt, and answers a refused one with
 * 401 problem+json {@code invalid-token} and a bearer challenge. To prove each check on its own, the forged tokens
 * are signed with identity's real key (read from identity's database and opened with its secret,
 * as identity does) and differ from a good token in one thing only.
 */
class ForgedTokensIT {

    static final String ISSUER = "https://nova.local/identity";
    static final String AUDIENCE = "nova";

    private static String kid;
    static PrivateKey identityKey;
    private static byte[] identityPublicKey;
    private static String refreshToken;

    @BeforeAll
    static synchronized void identitysSigningKey() throws Exception {
        // a login makes sure identity has a key (it creates one on first need)
        Map<String, Object> input = FirstJourneyIT.newcomer("forge");
        try (Gql gql = Gql.anonymous()) {
            FirstJourneyIT.register(gql, input);
            refreshToken = FirstJourneyIT.login(gql, (String) input.get("username"), FirstJourneyIT.PASSWORD)
                    .getString("refreshToken");
        }
        try (Connection c = Backbone.database(Backbone.server("identity")).getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT kid, private_key_encrypted, public_key FROM signing_keys WHERE retired_at IS NULL
                     ORDER BY created_at DESC LIMIT 1""");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            kid = rs.getString(1);
            byte[] pkcs8 = new KeyEncryption(Nova.env("NOVA_JWT_KEY_SECRET")).open(kid, rs.getBytes(2));
            identityKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            identityPublicKey = rs.getBytes(3);
        }
    }

    @Test
    void aGoodTokenIsAcceptedByEveryContext() throws Exception {
        String token = sign(header(), claims(UnaryOperator.identity()), identityKey);
        for (Nova.Server context : Nova.CONTEXTS) {
            HttpResponse<String> response = caller(context, token);
            assertEquals(200, response.statusCode(), context.name() + ": " + response.body());
            assertEquals("forged-but-valid", Nova.json(response.body()).getString("name"));
        }
    }

    @Test
    void aTokenExpiredWithinTheSkewIsStillAccepted() throws Exception {
        // issued 15 minutes ago, as a real one would be, and expired 20 s ago
        String token = sign(header(), claims(c -> c.add("iat", Instant.now().minusSeconds(920).getEpochSecond())
                .add("exp", Instant.now().minusSeconds(20).getEpochSecond())), identityKey);
        for (Nova.Server context : Nova.CONTEXTS) {
            assertEquals(200, caller(context, token).statusCode(), context.name());
        }
    }

    @Test
    void forgedTokensAreRefusedByEveryContext() throws Exception {
        // each differs from a good token in one respect; every one must be refused by every context
        PrivateKey attackerKey = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("expired beyond the 60 s skew",
                sign(header(), claims(c -> c.add("iat", Instant.now().minusSeconds(1020).getEpochSecond())
                        .add("exp", Instant.now().minusSeconds(120).getEpochSecond())), identityKey));
        forged.put("bad signature (another key, same kid)", sign(header(), claims(UnaryOperator.identity()), attackerKey));
        forged.put("alg none", unsigned(Json.createObjectBuilder().add("alg", "none").add("typ", "at+jwt").build(),
                claims(UnaryOperator.identity())));
        forged.put("wrong issuer", sign(header(), claims(c -> c.add("iss", "https://evil.example/identity")), identityKey));
        forged.put("wrong audience", sign(header(), claims(c -> c.add("aud", "someone-else")), identityKey));
        forged.put("no exp", sign(header(), claims(c -> c.remove("exp")), identityKey));
        forged.put("HS256 keyed with identity's public key", hmac(claims(UnaryOperator.identity())));
        forged.put("unknown kid (attacker's key)", sign(header(h -> h.add("kid", "attacker-key-1")),
                claims(UnaryOperator.identity()), attackerKey));
        forged.put("injected kid", sign(header(h -> h.add("kid", "../../../../dev/null' OR '1'='1")),
                claims(UnaryOperator.identity()), attackerKey));
        forged.put("jku to an attacker's key set", sign(header(h -> h.add("jku", "http://127.0.0.1:1/jwks.json")
                .add("kid", "attacker-key-1")), claims(UnaryOperator.identity()), attackerKey));
        forged.put("x5u to an attacker's certificate", sign(header(h -> h.add("x5u", "http://127.0.0.1:1/cert.pem")
                .add("kid", "attacker-key-1")), claims(UnaryOperator.identity()), attackerKey));
        forged.put("issued in the future", sign(header(), claims(c -> c.add("iat", Instant.now().plusSeconds(3600).getEpochSecond())
                .add("nbf", Instant.now().plusSeconds(3600).getEpochSecond())
                .add("exp", Instant.now().plusSeconds(4500).getEpochSecond())), identityKey));
        forged.put("a refresh token instead of an access token", refreshToken);
        forged.put("three segments of garbage", "a.b.c");
        forged.put("wrong typ (a plain JWT, not an access token)", sign(header(h -> h.add("typ", "JWT")),
                claims(UnaryOperator.identity()), identityKey));
        forged.put("no typ", sign(Json.createObjectBuilder().add("alg", "RS256").add("kid", kid).build(),
                claims(UnaryOperator.identity()), identityKey));
        for (Nova.Server context : Nova.CONTEXTS) {
            for (Map.Entry<String, String> token : forged.entrySet()) {
                HttpResponse<String> response = caller(context, token.getValue());
                assertRefusedAsAnInvalidToken(response, context.name() + " with a token with " + token.getKey());
            }
        }
    }

    @Test
    void noTokenAtAllIsRefusedByEveryContext() throws Exception {
        for (Nova.Server context : Nova.CONTEXTS) {
            HttpResponse<String> response = Nova.HTTP.send(HttpRequest.newBuilder(context.http("/caller"))
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertRefusedWithABearerProblem(response, context.name() + " with no token");
        }
    }

    /** 401 as RFC 9457 problem+json, and a challenge for the bearer token every context takes (RFC 6750 §3). */
    static void assertRefusedWithABearerProblem(HttpResponse<String> response, String what) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                what + ": " + response.headers().firstValue("Content-Type"));
        assertEquals(401, Json.createReader(new java.io.StringReader(response.body())).readObject().getInt("status"), what);
        assertRefusedWithABearerChallenge(response, what);
    }

    /**
     * A token the context refuses, whatever the reason (signature, issuer, audience, times, type): 401 RFC 9457
     * problem+json {@code invalid-token}, like the platform's other refusals, with the bearer challenge naming
     * the error (RFC 6750 §3.1), never Basic and never an empty body.
     */
    static void assertRefusedAsAnInvalidToken(HttpResponse<String> response, String what) {
        assertRefusedWithABearerProblem(response, what);
        JsonObject problem = Nova.json(response.body());
        assertEquals("https://nova.dev/problems/invalid-token", problem.getString("type"), what);
        assertEquals("Invalid token", problem.getString("title"), what);
        assertTrue(response.headers().allValues("WWW-Authenticate").stream().allMatch(c -> c.contains("error=\"invalid_token\"")),
                what + ": " + response.headers().allValues("WWW-Authenticate"));
    }

    /** 401 with a challenge for a bearer token, never Basic. */
    static void assertRefusedWithABearerChallenge(HttpResponse<String> response, String what) {
        assertEquals(401, response.statusCode(), what);
        List<String> challenges = response.headers().allValues("WWW-Authenticate");
        assertTrue(!challenges.isEmpty() && challenges.stream().allMatch(c -> c.startsWith("Bearer")),
                what + ": " + challenges);
    }

    // --- tokens ------------------------------------------------------------------------------------

    static JsonObject header() {
        return header(UnaryOperator.identity());
    }

    /** A good header changed by {@code change} (a later add replaces an earlier one). */
    static JsonObject header(UnaryOperator<JsonObjectBuilder> change) {
        return change.apply(Json.createObjectBuilder().add("alg", "RS256").add("typ", "at+jwt").add("kid", kid)).build();
    }

    /** The classic key confusion: HS256 with identity's public key (as published) as the HMAC secret. */
    static String hmac(JsonObject claims) throws Exception {
        JsonObject header = Json.createObjectBuilder().add("alg", "HS256").add("typ", "at+jwt").add("kid", kid).build();
        String signingInput = b64(header.toString()) + "." + b64(claims.toString());
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(identityPublicKey, "HmacSHA256"));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The claims of a good token, changed by {@code change} (a later add replaces an earlier one). */
    static JsonObject claims(UnaryOperator<JsonObjectBuilder> change) {
        Instant now = Instant.now();
        JsonObjectBuilder claims = Json.createObjectBuilder()
                .add("iss", ISSUER)
                .add("aud", AUDIENCE)
                .add("sub", UUID.randomUUID().toString())
                .add("upn", "forged-but-valid")
                .add("groups", Json.createArrayBuilder(List.of("user")))
                .add("jti", UUID.randomUUID().toString())
                .add("iat", now.getEpochSecond())
                .add("exp", now.plusSeconds(600).getEpochSecond());
        return change.apply(claims).build();
    }

    static String sign(JsonObject header, JsonObject claims, PrivateKey key) throws Exception {
        String signingInput = b64(header.toString()) + "." + b64(claims.toString());
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }

    static String unsigned(JsonObject header, JsonObject claims) {
        return b64(header.toString()) + "." + b64(claims.toString()) + ".";
    }

    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> caller(Nova.Server context, String token) throws Exception {
        return Nova.HTTP.send(HttpRequest.newBuilder(context.http("/caller")).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
