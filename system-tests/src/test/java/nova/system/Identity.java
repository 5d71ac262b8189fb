package nova.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nova.contracts.identity.Registration;
import nova.platform.events.CloudEvent;

/**
 * The identity context spoken to directly over REST, as the gateway does: accounts, logins with a chosen
 * client address (identity believes the last hop of {@code X-Forwarded-For} from a proxy that proves itself with
 * the gateway's secret, {@code NOVA_PROXY_SECRET}: these tests hold it, as the gateway does), and the calls of issue 6.
 * Every login here comes from a random address in 198.18.0.0/15 (set aside for tests), so failed logins of
 * one test never count against another's address, nor against the gateway's own.
 */
final class Identity {

    static final Nova.Server SERVER = Backbone.server("identity");
    /** HTTP/1.1, as the gateway's clients speak to identity. */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final String PASSWORD = FirstJourneyIT.PASSWORD;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The header in which a trusted proxy proves it is one (identity's {@code TrustedProxies.PROOF_HEADER}). */
    static final String PROXY_PROOF = "X-Nova-Proxy-Secret";

    private Identity() {
    }

    /** A registered account and the password it has now. */
    record Account(String id, String username, String email, String password) {
        Account withPassword(String newPassword) {
            return new Account(id, username, email, newPassword);
        }
    }

    /** An address no other test uses. */
    static String randomAddress() {
        return "198.18." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));
    }

    static DataSource database() {
        return Backbone.database(SERVER);
    }

    /**
     * Registers a fresh account through the contract ({@code IdentityApi.register}, MicroShed's typed client);
     * {@code tag} keeps names unique across runs. Anything but 201 throws.
     */
    static Account register(String tag) {
        Map<String, Object> input = FirstJourneyIT.newcomer(tag);
        nova.contracts.identity.Account created = Contexts.identity().register(new Registration(
                (String) input.get("email"), (String) input.get("username"), PASSWORD));
        return new Account(created.id().toString(), (String) input.get("username"), (String) input.get("email"), PASSWORD);
    }

    static HttpResponse<String> login(String login, String password, String address) throws Exception {
        return post("/sessions", Json.createObjectBuilder().add("login", login).add("password", password).build(),
                null, address);
    }

    /** Logs in with the account's username and password; the token pair. */
    static JsonObject tokens(Account account) throws Exception {
        HttpResponse<String> response = login(account.username(), account.password(), randomAddress());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST /sessions: " + response.statusCode() + " " + response.body());
        }
        return Nova.json(response.body());
    }

    static HttpResponse<String> refresh(String refreshToken) throws Exception {
        return post("/sessions/refresh", Json.createObjectBuilder().add("refreshToken", refreshToken).build(), null, null);
    }

    /** POSTs {@code body} (or nothing) to identity, with the access token and the client address if given. */
    static HttpResponse<String> post(String path, JsonObject body, String accessToken, String address)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(SERVER.http(path)).timeout(Duration.ofSeconds(20))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        if (address != null) {
            request.header("X-Forwarded-For", address).header(PROXY_PROOF, proxySecret());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What the gateway proves itself with: the local profile's documented default unless set. */
    static String proxySecret() {
        String secret = System.getenv("NOVA_PROXY_SECRET");
        return secret == null || secret.isBlank() ? "nova-local-proxy-secret" : secret;
    }

    static JsonObjectBuilder json() {
        return Json.createObjectBuilder();
    }

    /** The last part of a problem+json answer's {@code type}, e.g. {@code invalid-credentials}. */
    static String problem(HttpResponse<String> response) {
        String type = Nova.json(response.body()).getString("type");
        return type.substring(type.lastIndexOf('/') + 1);
    }

    /** The fields a 400 {@code invalid-input} answer names. */
    static List<String> fieldsInError(HttpResponse<String> response) {
        return Nova.json(response.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
    }

    /** The claims of an access token (not verified: the servers do that). */
    static JsonObject claims(String accessToken) {
        String payload = accessToken.split("\\.")[1];
        return Nova.json(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    static List<String> groups(String accessToken) {
        return claims(accessToken).getJsonArray("groups").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    /** How an emailed token is stored: its SHA-256. */
    static byte[] sha256(String token) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
    }

    /** Waits for the event of {@code type} about {@code subject} on {@code reader}'s topic that {@code matches}. */
    static CloudEvent awaitEvent(Backbone.TopicReader reader, String type, String subject,
                                 java.util.function.Predicate<JsonObject> matches) {
        return reader.await(type, subject, matches);
    }

    static CloudEvent awaitEvent(Backbone.TopicReader reader, String type, String subject) {
        return reader.await(type, subject);
    }

    static List<CloudEvent> eventsAbout(Backbone.TopicReader reader, String type, String subject) {
        return reader.eventsAbout(type, subject);
    }

    static UUID uuid(String id) {
        return UUID.fromString(id);
    }
}
