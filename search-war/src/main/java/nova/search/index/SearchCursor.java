package nova.search.index;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nova.platform.problem.Rejection;

/**
 * Where a page of hits ended: the last hit's score (exactly, as the float the ranking computed) and its id, so
 * the next page is {@code (score, id)} after it: keyset, never an offset. Opaque to callers (base64url).
 */
public record SearchCursor(float score, String id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((Integer.toHexString(Float.floatToIntBits(score)) + "_" + id)
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** @throws Rejection 400 on field {@code after} for anything this class did not write */
    public static SearchCursor decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int split = text.indexOf('_');
            float score = Float.intBitsToFloat(Integer.parseUnsignedInt(text.substring(0, split), 16));
            String id = text.substring(split + 1);
            if (id.isEmpty() || Float.isNaN(score)) {
                throw new IllegalArgumentException(cursor);
            }
            return new SearchCursor(score, id);
        } catch (RuntimeException e) {
            throw Rejection.invalidInput("after", "Not a cursor this API gave out.");
        }
    }
}
