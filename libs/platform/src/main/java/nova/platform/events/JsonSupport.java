package nova.platform.events;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider the backbone uses. {@code Json.createReader(...)} and friends look the
 * provider up (a ServiceLoader scan) on every call: about 18 µs each, which was most of the relay's
 * time per row. Looked up once here, a reader costs a fraction of a microsecond.
 */
final class JsonSupport {

    static final JsonProvider JSON = JsonProvider.provider();

    private JsonSupport() {
    }
}
