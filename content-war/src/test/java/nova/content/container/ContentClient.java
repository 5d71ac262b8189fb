package nova.content.container;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import nova.testsupport.LibertyServer;
import nova.testsupport.Tokens;

/** A member calling the content server under test with their token (and, for creates, an idempotency key). */
record ContentClient(UUID id, String username, String token) {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    static ContentClient member(Tokens tokens, String username) {
        UUID id = UUID.randomUUID();
        return new ContentClient(id, username, tokens.accessToken(id, username));
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    HttpResponse<String> post(String path, JsonStructure body) {
        return send("POST", path, body, null);
    }

    HttpResponse<String> patch(String path, JsonStructure body) {
        return send("PATCH", path, body, null);
    }

    HttpResponse<String> delete(String path) {
        return send("DELETE", path, null, null);
    }

    HttpResponse<String> send(String method, String path, JsonStructure body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(LibertyServer.base().resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    /** The last part of a problem+json answer's {@code type}, e.g. {@code not-found}. */
    static String problem(HttpResponse<String> response) {
        String type = json(response).getString("type");
        return type.substring(type.lastIndexOf('/') + 1);
    }

    /** The fields a 400 {@code invalid-input} names. */
    static java.util.List<String> fields(HttpResponse<String> response) {
        return json(response).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
    }
}
