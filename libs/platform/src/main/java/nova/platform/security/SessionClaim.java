package nova.platform.security;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.UUID;

/**
 * The {@code sid} claim of a verified access token: the id of the session it belongs to. Runtimes hand
 * custom claims over as a {@code String} or a JSON-P value; when the claim comes as neither, it is read
 * from the token's own payload (already verified: this is only ever asked of a token mpJwt accepted).
 */
public final class SessionClaim {

    public static final String NAME = "sid";

    private SessionClaim() {
    }

    /**
     * @param claim    what {@code JsonWebToken.getClaim("sid")} returned
     * @param rawToken the compact token, read when {@code claim} is of no known form
     * @return the session id, or null when the token names none (or not as a UUID)
     */
    public static UUID of(Object claim, String rawToken) {
        String text = claim instanceof JsonString json ? json.getString()
                : claim instanceof String string ? string
                : fromPayload(rawToken);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String fromPayload(String compact) {
        JsonObject payload = CompactJws.part(compact, CompactJws.PAYLOAD);
        return payload != null && payload.get(NAME) instanceof JsonString sid ? sid.getString() : null;
    }
}
