package nova.content.moderation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import nova.platform.problem.Rejection;

/** Where a page of the queue ends: the last report's filing instant and id, opaque to callers (base64url). */
record ReportCursor(Instant createdAt, UUID id) {

    String encode() {
        long micros = createdAt.getEpochSecond() * 1_000_000L + createdAt.getNano() / 1_000;
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + "_" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** @throws Rejection 400 on field {@code after} for anything this class did not write */
    static ReportCursor decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            int split = text.indexOf('_');
            long micros = Long.parseLong(text.substring(0, split));
            UUID id = UUID.fromString(text.substring(split + 1));
            return new ReportCursor(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    Math.floorMod(micros, 1_000_000L) * 1_000L), id);
        } catch (RuntimeException e) {
            throw Rejection.invalidInput("after", "Not a cursor this API gave out.");
        }
    }
}
