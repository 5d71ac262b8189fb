package nova.platform.security;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.util.Base64;

/** Reading the parts of a compact JWS ({@code header.payload.signature}) that mpJwt has already verified. */
final class CompactJws {

    static final int HEADER = 0;
    static final int PAYLOAD = 1;
    private static final JsonProvider JSON = JsonProvider.provider();

    private CompactJws() {
    }

    /** Part {@code index} decoded as a JSON object, or null if the token has no such part or it is not one. */
    static JsonObject part(String compact, int index) {
        if (compact == null) {
            return null;
        }
        String[] parts = compact.split("\\.", -1);
        if (parts.length < 2 || index >= parts.length || parts[index].isEmpty()) {
            return null;
        }
        try {
            return JSON.createReader(new ByteArrayInputStream(Base64.getUrlDecoder().decode(parts[index]))).readObject();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
