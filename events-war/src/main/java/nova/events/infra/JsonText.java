package nova.events.infra;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/** JSON the events context stored as text (envelopes, dead letters) read back as objects. */
public final class JsonText {

    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonText() {
    }

    public static JsonObject object(String text) {
        try (var reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
