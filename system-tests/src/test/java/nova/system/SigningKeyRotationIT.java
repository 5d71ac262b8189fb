package nova.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Rotating identity's signing key while tokens are in use: the operator rotates over HTTP Basic; the new
 * key signs the next login's token at once and every context accepts it within seconds (mpJwt fetches the
 * JWKS again for a kid it does not know); the old key stays in the JWKS, so tokens it signed stay valid
 * everywhere until they expire. Nobody without {@code manage_signing_keys} rotates. Each rotation leaves a
 * working system behind: the new key signs, the old one retires on its own 20 minutes later.
 */
// alone, no other test class beside it (parallel system tests, see system-tests/pom.xml): it rotates identity's signing key: a token signed meanwhile may name a key another server has not fetched yet
@Isolated
class SigningKeyRotationIT {

    static final Nova.Server IDENTITY = Backbone.server("identity");
    /** How long a new key may take to be accepted by every context. */
    static final Duration EVERYWHERE_WITHIN = Duration.ofSeconds(20);
    static final String PERMISSION = "manage_signing_keys";

    @Test
    void theNewKeySignsAtOnceAndTheOldKeysTokensStayValidEverywhere() throws Exception {
        SessionsIT.Holder ada = SessionsIT.holder("rotation", 1);
        String before = ada.access(0);
        String oldKid = kid(before);
        SessionsIT.acceptedEverywhere(before);

        Instant asked = Instant.now();
        HttpResponse<String> rotated = operator("POST", "/signing-keys/rotation");
        assertEquals(201, rotated.statusCode(), rotated.body());
        JsonObject rotation = Nova.json(rotated.body());
        String newKid = rotation.getString("kid");
        assertNotEquals(oldKid, newKid);
        assertEquals(oldKid, rotation.getString("previousKid"), "the key that signed until now is the one replaced");
        Instant retiresAt = Instant.parse(rotation.getString("previousRetiresAt"));
        assertTrue(retiresAt.isAfter(asked.plus(Duration.ofMinutes(16))),
                "outlives its last token and the skew: " + retiresAt);
        assertTrue(retiresAt.isBefore(Instant.now().plus(Duration.ofMinutes(30))), "and then goes: " + retiresAt);
        assertTrue(rotated.headers().firstValue("Location").orElse("").endsWith("/signing-keys/" + newKid),
                rotated.headers().map().toString());

        assertTrue(jwksKids().containsAll(List.of(oldKid, newKid)), "the JWKS serves both: " + jwksKids());

        // the old key's token is still good everywhere, and so is its session
        SessionsIT.acceptedEverywhere(before);

        // the next login is signed with the new key, which every context accepts within seconds
        String after = loginSignedBy(newKid, ada);
        await().atMost(EVERYWHERE_WITHIN).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> SessionsIT.acceptedEverywhere(after));
        SessionsIT.acceptedEverywhere(before);

        // what the operator sees: the new key signs, the old one is published until it retires, no key material
        JsonObject fresh = status(newKid);
        assertTrue(fresh.getBoolean("current"));
        assertTrue(fresh.getBoolean("published"));
        assertFalse(fresh.containsKey("retiresAt"), fresh.toString());
        JsonObject old = status(oldKid);
        assertFalse(old.getBoolean("current"));
        assertTrue(old.getBoolean("published"));
        assertEquals(retiresAt, Instant.parse(old.getString("retiresAt")));
        assertFalse(old.containsKey("retiredAt"), old.toString());
        assertEquals(Set.of("kid", "createdAt", "current", "published", "retiresAt"), old.keySet(), "nothing secret");
        assertEquals(1, operatorList().stream().filter(k -> k.getBoolean("current")).count());

        HttpResponse<String> unknown = operator("GET", "/signing-keys/" + "A".repeat(43));
        assertEquals(404, unknown.statusCode());
        assertEquals("application/problem+json", unknown.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, operator("GET", "/signing-keys/not-a-kid").statusCode());
    }

    @Test
    void withoutThePermissionNobodyRotatesOrListsTheKeys() throws Exception {
        List<String> keysBefore = kidsAndCurrent();
        String member = "Bearer " + SessionsIT.holder("norotate", 1).access(0);

        HttpResponse<String> refused = as("POST", "/signing-keys/rotation", member);
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(Nova.json(refused.body()).getString("type").endsWith("/forbidden"), refused.body());
        assertEquals(403, as("GET", "/signing-keys", member).statusCode());
        assertEquals(401, as("POST", "/signing-keys/rotation", null).statusCode());
        assertEquals(401, as("POST", "/signing-keys/rotation", basic(Nova.env("NOVA_ADMIN_USER"), "not-the-password"))
                .statusCode());
        assertEquals(401, as("POST", "/signing-keys/rotation", "Bearer not.a.token").statusCode());

        assertEquals(keysBefore, kidsAndCurrent(), "no key was added and the same one signs");
    }

    @Test
    void aTokenWhoseGroupsCarryThePermissionOpensTheKeys() throws Exception {
        // signed with identity's real key, so the groups claim is the only difference from a member's token
        ForgedTokensIT.identitysSigningKey();
        String holder = "Bearer " + ForgedTokensIT.sign(ForgedTokensIT.header(), ForgedTokensIT.claims(
                claims -> claims.add("groups", Json.createArrayBuilder(List.of("user", PERMISSION)))),
                ForgedTokensIT.identityKey);
        String member = "Bearer " + ForgedTokensIT.sign(ForgedTokensIT.header(), ForgedTokensIT.claims(
                claims -> claims.add("groups", Json.createArrayBuilder(List.of("user")))), ForgedTokensIT.identityKey);

        HttpResponse<String> listed = as("GET", "/signing-keys", holder);
        assertEquals(200, listed.statusCode(), listed.body());
        List<String> kids = Backbone.jsonArray(listed.body()).getValuesAs(JsonObject.class).stream()
                .map(k -> k.getString("kid")).toList();
        assertEquals(operatorList().stream().map(k -> k.getString("kid")).toList(), kids);
        assertEquals(403, as("GET", "/signing-keys", member).statusCode());
    }

    // --- helpers ----------------------------------------------------------------------------------

    /** Logs in again until the token is signed by {@code kid} (at once on one replica; within seconds on several). */
    static String loginSignedBy(String kid, SessionsIT.Holder holder) throws Exception {
        String username = Nova.json(payload(holder.access(0))).getString("upn");
        AtomicReference<String> token = new AtomicReference<>();
        try (Gql gql = Gql.anonymous()) {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                token.set(FirstJourneyIT.login(gql, username, FirstJourneyIT.PASSWORD).getString("accessToken"));
                assertEquals(kid, kid(token.get()));
            });
        }
        return token.get();
    }

    static String kid(String token) {
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        return Nova.json(header).getString("kid");
    }

    static String payload(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    static List<String> jwksKids() throws Exception {
        HttpResponse<String> jwks = Nova.get(IDENTITY.http("/.well-known/jwks.json"));
        assertEquals(200, jwks.statusCode());
        List<String> kids = new ArrayList<>();
        for (JsonValue key : Nova.json(jwks.body()).getJsonArray("keys")) {
            kids.add(key.asJsonObject().getString("kid"));
        }
        return kids;
    }

    static List<JsonObject> operatorList() throws Exception {
        HttpResponse<String> listed = operator("GET", "/signing-keys");
        assertEquals(200, listed.statusCode(), listed.body());
        return Backbone.jsonArray(listed.body()).getValuesAs(JsonObject.class);
    }

    /** Every key's kid, the signing one marked: what a rotation would change (a retirement would not). */
    static List<String> kidsAndCurrent() throws Exception {
        return operatorList().stream()
                .map(k -> k.getString("kid") + (k.getBoolean("current") ? " (signs)" : ""))
                .toList();
    }

    static JsonObject status(String kid) throws Exception {
        HttpResponse<String> one = operator("GET", "/signing-keys/" + kid);
        assertEquals(200, one.statusCode(), one.body());
        return Nova.json(one.body());
    }

    static HttpResponse<String> operator(String method, String path) throws Exception {
        return as(method, path, basic(Nova.env("NOVA_ADMIN_USER"), Nova.env("NOVA_ADMIN_PASSWORD")));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> as(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(IDENTITY.http(path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return Nova.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
