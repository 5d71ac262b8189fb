package nova.content.infra;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import nova.platform.problem.Rejection;

/**
 * One page request as callers write it ({@code ?after=<cursor>&limit=<1-100>}), for lists kept newest first:
 * the cursor is where the previous page ended, the last item's creation instant and id (opaque, base64url).
 */
public record Page(Instant beforeAt, UUID beforeId, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** @throws Rejection 400 on {@code after} for a cursor this API did not write, on {@code limit} outside 1–100 */
    public static Page of(String after, Integer limit) {
        int size = limit(limit);
        if (after == null || after.isBlank()) {
            return new Page(null, null, size);
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.US_ASCII);
            int split = text.indexOf('_');
            long micros = Long.parseLong(text.substring(0, split));
            UUID id = UUID.fromString(text.substring(split + 1));
            return new Page(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    Math.floorMod(micros, 1_000_000L) * 1_000L), id, size);
        } catch (RuntimeException e) {
            throw Rejection.invalidInput("after", "Not a cursor this API gave out.");
        }
    }

    /** @throws Rejection 400 on {@code limit} outside 1–100 (absent: 20) */
    public static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Rejection.invalidInput("limit", "Must be 1 to " + MAX_LIMIT + ".");
        }
        return limit;
    }

    public boolean first() {
        return beforeAt == null;
    }

    /** The cursor of a page ending with the item created at {@code at} with id {@code id}. */
    public static String cursor(Instant at, UUID id) {
        long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
        return Base64.getUrlEncoder().withoutPadding().encodeToString((micros + "_" + id).getBytes(StandardCharsets.US_ASCII));
    }
}
