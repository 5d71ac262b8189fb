package nova.identity.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AccessTokenTest {

    static final UUID USER = UUID.fromString("0b6b3c1e-6f0a-4c55-9a43-3f0f2d1e7a10");
    static final UUID SESSION = UUID.fromString("7d2a9e51-0c3b-4f3e-8a1d-2b9c4e6f8a01");
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00.750Z");

    static SigningKey key;

    @BeforeAll
    static void generateKey() {
        key = SigningKey.generate();
    }

    static String token() {
        return AccessToken.issue("https://nova.local/identity", "nova", USER, "ada_lovelace", List.of("user"), SESSION, NOW)
                .signWith(key);
    }

    @Test
    void theSignatureVerifiesWithThePublicKey() throws Exception {
        String[] parts = token().split("\\.");
        assertEquals(3, parts.length);

        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key.publicKey());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rs256.verify(Base64.getUrlDecoder().decode(parts[2])));
    }

    @Test
    void aChangedClaimBreaksTheSignature() throws Exception {
        String[] parts = token().split("\\.");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                json(parts[1]).toString().replace("ada_lovelace", "admin").getBytes(StandardCharsets.UTF_8));

        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key.publicKey());
        rs256.update((parts[0] + "." + forged).getBytes(StandardCharsets.US_ASCII));
        assertFalse(rs256.verify(Base64.getUrlDecoder().decode(parts[2])));
    }

    @Test
    void theHeaderNamesAlgorithmTypeAndKey() {
        JsonObject header = json(token().split("\\.")[0]);

        assertEquals(Set.of("alg", "typ", "kid"), header.keySet());
        assertEquals("RS256", header.getString("alg"));
        assertEquals("at+jwt", header.getString("typ"));
        assertEquals(key.kid(), header.getString("kid"));
    }

    @Test
    void theClaimsAreWhatMicroProfileJwtReads() {
        JsonObject claims = json(token().split("\\.")[1]);

        assertEquals(Set.of("iss", "aud", "sub", "upn", "groups", "jti", "iat", "exp", "sid"), claims.keySet());
        assertEquals("https://nova.local/identity", claims.getString("iss"));
        assertEquals("nova", claims.getString("aud"));
        assertEquals(USER.toString(), claims.getString("sub"));
        assertEquals("ada_lovelace", claims.getString("upn"));
        assertEquals(List.of("user"), claims.getJsonArray("groups").getValuesAs(jakarta.json.JsonString::getString));
        UUID.fromString(claims.getString("jti"));
        assertEquals(SESSION.toString(), claims.getString("sid"));
        assertEquals(NOW.getEpochSecond(), claims.getJsonNumber("iat").longValueExact());
        assertEquals(claims.getJsonNumber("iat").longValueExact() + 900, claims.getJsonNumber("exp").longValueExact());
    }

    @Test
    void everyTokenHasItsOwnId() {
        assertFalse(json(token().split("\\.")[1]).getString("jti").equals(json(token().split("\\.")[1]).getString("jti")));
        assertEquals(900, AccessToken.issue("i", "a", USER, "u", List.of(), SESSION, NOW).expiresInSeconds());
    }

    @Test
    void theTokenIsBase64UrlWithoutPadding() {
        assertTrue(token().matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"));
    }

    static JsonObject json(String base64url) {
        String text = new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
