package nova.gateway.infra;

import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The gateway's JSON: one JSON-P provider, looked up once, and how the filters write an answer of their own.
 * The provider is looked up once because each {@code Json.createReader/createWriter/create...Builder}
 * looks the provider up again (a ServiceLoader search through the application's class loaders): measured with
 * perf/gateway, that search was 7–12 % of the gateway's CPU samples for {@code { me { id username } }}.
 */
final class Jsonp {

    static final JsonProvider JSON = JsonProvider.provider();

    private Jsonp() {
    }

    /** Writes {@code body} as the whole answer, replacing anything buffered so far. */
    static void answer(HttpServletResponse response, int status, String contentType, JsonObject body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = JSON.createWriter(out)) {
            writer.writeObject(body);
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(out.size());
        response.getOutputStream().write(out.toByteArray());
    }
}
