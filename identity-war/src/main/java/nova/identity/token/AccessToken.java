package nova.identity.token;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The claims of one access token, as MicroProfile JWT reads them: {@code iss, aud, sub} (user id),
 * {@code upn} (username), {@code groups}, {@code jti, iat, exp} and {@code sid} (session id).
 */
public record AccessToken(String issuer, String audience, UUID subject, String username, List<String> groups,
                          UUID sessionId, UUID id, Instant issuedAt, Instant expiresAt) {

    /** The JOSE {@code typ} of Nova's access tokens. */
    public static final String TYPE = "at+jwt";

    public static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    public AccessToken {
        groups = List.copyOf(groups);
    }

    /** A new token, valid {@link #LIFETIME} from {@code now} (whole seconds, as JWT counts). */
    public static AccessToken issue(String issuer, String audience, UUID userId, String username, List<String> groups,
                                    UUID sessionId, Instant now) {
        Instant issuedAt = Instant.ofEpochSecond(now.getEpochSecond());
        return new AccessToken(issuer, audience, userId, username, groups, sessionId, UUID.randomUUID(), issuedAt,
                issuedAt.plus(LIFETIME));
    }

    public JsonObject claims() {
        JsonArrayBuilder groupArray = Json.createArrayBuilder();
        groups.forEach(groupArray::add);
        return Json.createObjectBuilder()
                .add("iss", issuer)
                .add("aud", audience)
                .add("sub", subject.toString())
                .add("upn", username)
                .add("groups", groupArray)
                .add("jti", id.toString())
                .add("iat", issuedAt.getEpochSecond())
                .add("exp", expiresAt.getEpochSecond())
                .add("sid", sessionId.toString())
                .build();
    }

    /**
     * The compact JWS: base64url(header) . base64url(claims) . base64url(RS256 signature). Typed
     * {@code at+jwt} (RFC 9068, RFC 8725 §3.11): every context refuses a token of another type, so
     * no other JWT this key may ever sign can pass for an access token.
     */
    public String signWith(SigningKey key) {
        JsonObject header = Json.createObjectBuilder()
                .add("alg", SigningKey.ALGORITHM)
                .add("typ", TYPE)
                .add("kid", key.kid())
                .build();
        String signingInput = encode(header) + "." + encode(claims());
        return signingInput + "." + BASE64URL.encodeToString(key.sign(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    public long expiresInSeconds() {
        return Duration.between(issuedAt, expiresAt).toSeconds();
    }

    private static String encode(JsonObject json) {
        return BASE64URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }
}
