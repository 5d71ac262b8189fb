package nova.communication.infra;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import nova.platform.problem.Rejection;

/**
 * Where a page ends: the last item's instant (microseconds, what PostgreSQL keeps) or sequence number, and its id;
 * opaque to callers (base64url).
 */
public record Cursor(long position, UUID id) {

    public static Cursor of(Instant at, UUID id) {
        return new Cursor(at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000, id);
    }

    public Instant instant() {
        return Instant.ofEpochSecond(Math.floorDiv(position, 1_000_000L), Math.floorMod(position, 1_000_000L) * 1_000L);
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((position + "_" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** Null for null (the first page). @throws Rejection 400 on field {@code after} for anything this class did not write */
    public static Cursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            int split = text.indexOf('_');
            return new Cursor(Long.parseLong(text.substring(0, split)), UUID.fromString(text.substring(split + 1)));
        } catch (RuntimeException e) {
            throw Rejection.invalidInput("after", "Not a cursor this API gave out.");
        }
    }
}
