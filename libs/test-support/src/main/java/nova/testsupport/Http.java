package nova.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** JSON over HTTP/1.1 to one server, as a caller with the operator account, a bearer token, or nothing. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final String authorization;

    private Http(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** Anonymous calls to {@code base} (e.g. {@code http://localhost:19082}). */
    public static Http to(URI base) {
        return new Http(base, null);
    }

    /** The same server, as the operator account (HTTP Basic, the local profile's unless the environment says). */
    public Http asOperator() {
        String credentials = Local.adminUser() + ":" + Local.adminPassword();
        return new Http(base, "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    public Http withBearer(String accessToken) {
        return new Http(base, "Bearer " + accessToken);
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    public HttpResponse<String> post(String path, JsonStructure body) {
        return send("POST", path, body);
    }

    public HttpResponse<String> send(String method, String path, JsonStructure body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
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

    public static JsonObject json(HttpResponse<String> response) {
        return json(response.body());
    }

    public static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    /** The last part of a problem+json answer's {@code type}, e.g. {@code already-taken}. */
    public static String problem(HttpResponse<String> response) {
        String type = json(response).getString("type");
        return type.substring(type.lastIndexOf('/') + 1);
    }
}
