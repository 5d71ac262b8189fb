package nova.content.comment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import nova.platform.problem.Rejection;

/**
 * Thread order as text: a comment's key is its creation instant (16 hex digits of microseconds) and its id, so
 * siblings sort oldest first; its path is its parent's path, {@code /}, its key, so sorting paths byte by byte
 * puts each comment right after its parent and before its parent's next sibling. A page's cursor is the path of
 * its last comment.
 */
final class ThreadOrder {

    private ThreadOrder() {
    }

    static String key(Instant at, UUID id) {
        long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
        return String.format("%016x", micros) + id.toString().replace("-", "");
    }

    static String cursor(String path) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(path.getBytes(StandardCharsets.US_ASCII));
    }

    /** The path a cursor names, or null for none. @throws Rejection 400 on {@code after} for anything else */
    static String after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String path = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!path.matches("[0-9a-f]{48}(/[0-9a-f]{48}){0,63}")) {
                throw new IllegalArgumentException(path);
            }
            return path;
        } catch (IllegalArgumentException e) {
            throw Rejection.invalidInput("after", "Not a cursor this API gave out.");
        }
    }
}
