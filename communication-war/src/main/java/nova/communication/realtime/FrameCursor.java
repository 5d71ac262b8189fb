package nova.communication.realtime;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * The id of a pushed frame, and the point a reconnecting client catches up from: when the thing happened (to the
 * microsecond, as PostgreSQL keeps it) and what it was about. Opaque to clients (base64url), ordered by time.
 */
public record FrameCursor(Instant at, UUID id) {

    public FrameCursor {
        at = at.truncatedTo(ChronoUnit.MICROS);
    }

    public String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** @throws IllegalArgumentException when {@code text} is not a cursor this server wrote */
    public static FrameCursor decode(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
            int colon = plain.indexOf(':');
            long micros = Long.parseLong(plain.substring(0, colon));
            return new FrameCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), UUID.fromString(plain.substring(colon + 1)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a frame id: the id of a frame this server pushed is expected");
        }
    }
}
