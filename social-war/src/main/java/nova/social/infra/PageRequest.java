package nova.social.infra;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import nova.platform.problem.Rejection;

/**
 * One page asked for: where the previous page ended (the last item's instant and id, opaque to callers as
 * base64url, or null for the first page) and how many items (1–100, default 20). Every list here is newest first
 * and keyset-paginated on (instant, id) descending, so a page never moves when newer items arrive.
 */
public record PageRequest(Position after, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** Where a page ends. */
    public record Position(Instant at, UUID id) {

        public String encode() {
            long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((micros + "_" + id).getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** @throws Rejection 400 on {@code after} for anything this API did not hand out, on {@code limit} out of range */
    public static PageRequest of(String after, Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw Rejection.invalidInput("limit", "must be 1 to " + MAX_LIMIT);
        }
        if (after == null || after.isBlank()) {
            return new PageRequest(null, size);
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.US_ASCII);
            int split = text.indexOf('_');
            long micros = Long.parseLong(text.substring(0, split));
            UUID id = UUID.fromString(text.substring(split + 1));
            return new PageRequest(new Position(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    Math.floorMod(micros, 1_000_000L) * 1_000L), id), size);
        } catch (RuntimeException e) {
            throw Rejection.invalidInput("after", "Not a cursor this API gave out.");
        }
    }
}
