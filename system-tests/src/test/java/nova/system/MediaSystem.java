package nova.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * The media context as the media system tests use it: tickets and media over GraphQL, the bytes PUT straight to
 * the ticket's upload URL, the files fetched from their URLs, and what is on disk and in the database.
 */
final class MediaSystem {

    static final Nova.Server MEDIA = Backbone.server("media");
    /** HTTP/1.1, as a browser's upload would be (the JDK client's default would try HTTP/2 first). */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** How long processing may take: a 2-second clip and small images, on a shared two-core machine. */
    static final Duration PROCESSING = Duration.ofSeconds(90);
    /** The local profile's media signing secret (./nova), unless the environment says otherwise. */
    static final String LOCAL_SIGNING_SECRET = "nova-local-media-signing-secret";

    static final String REQUEST_UPLOAD = """
            mutation requestMediaUpload($input: MediaUploadInput!) {
              requestMediaUpload(input: $input) { ticket uploadUrl expiresAt maxBytes }
            }""";
    static final String MEDIA_BY_ID = """
            query media($id: ID!) {
              media(id: $id) { id kind status mimeType fileName size width height durationSeconds blurhash
                focalPoint { x y } description visibility variants { name url mimeType width height size }
                createdAt processedAt }
            }""";
    static final String MY_MEDIA = """
            query myMedia($first: Int, $after: String) {
              myMedia(first: $first, after: $after) { nodes { id status fileName } pageInfo { hasNextPage endCursor } }
            }""";
    static final String DELETE = "mutation deleteMedia($id: ID!) { deleteMedia(id: $id) }";

    private MediaSystem() {
    }

    static Map<String, Object> input(String fileName, Long declaredSize, String visibility) {
        Map<String, Object> input = new HashMap<>();
        input.put("fileName", fileName);
        if (declaredSize != null) {
            input.put("declaredSize", declaredSize);
        }
        if (visibility != null) {
            input.put("visibility", visibility);
        }
        return input;
    }

    static Gql.Result requestUpload(Members.Member member, Map<String, Object> input) {
        return member.execute(REQUEST_UPLOAD, Map.of("input", input));
    }

    /** A ticket for {@code fileName}, declared at {@code size} bytes (or not declared, when null). */
    static JsonObject ticket(Members.Member member, String fileName, Long size, String visibility) {
        return requestUpload(member, input(fileName, size, visibility)).data("requestMediaUpload");
    }

    static HttpResponse<String> put(String uploadUrl, String accessToken, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uploadUrl)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/octet-stream").PUT(body);
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> put(String uploadUrl, String accessToken, byte[] bytes) {
        return put(uploadUrl, accessToken, HttpRequest.BodyPublishers.ofByteArray(bytes));
    }

    /** Asks for a ticket, PUTs the bytes, and returns the media the upload answered (201, queued). */
    static JsonObject upload(Members.Member member, String fileName, byte[] bytes, String visibility) {
        JsonObject ticket = ticket(member, fileName, (long) bytes.length, visibility);
        HttpResponse<String> answer = put(ticket.getString("uploadUrl"), member.accessToken(), bytes);
        assertEquals(201, answer.statusCode(), answer.body());
        return Nova.json(answer.body());
    }

    static Gql.Result media(Members.Member member, String id) {
        return member.execute(MEDIA_BY_ID, Map.of("id", id));
    }

    /** Polls {@code media(id)} until processing has ended (COMPLETE or FAILED); the media as it ended. */
    static JsonObject awaitProcessed(Members.Member member, String id) {
        AtomicReference<JsonObject> media = new AtomicReference<>();
        await().atMost(PROCESSING).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonObject now = media(member, id).data("media");
            media.set(now);
            return Set.of("COMPLETE", "FAILED").contains(now.getString("status"));
        });
        return media.get();
    }

    static JsonObject awaitComplete(Members.Member member, String id) {
        JsonObject media = awaitProcessed(member, id);
        assertEquals("COMPLETE", media.getString("status"), media.toString());
        return media;
    }

    static Map<String, JsonObject> variants(JsonObject media) {
        return media.getJsonArray("variants").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(v -> v.getString("name"), v -> v));
    }

    static HttpResponse<byte[]> fetch(String url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<byte[]> fetch(String url) {
        return fetch(url, Map.of());
    }

    // --- refusals -------------------------------------------------------------------------------

    /** A problem+json answer of {@code status} whose type ends with {@code slug}, and no internals in it. */
    static JsonObject assertProblem(HttpResponse<String> answer, int status, String slug) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                answer.headers().map().toString());
        JsonObject problem = Nova.json(answer.body());
        assertEquals(slug, problem.getString("type").replaceAll(".*/", ""), answer.body());
        assertEquals(status, problem.getInt("status"));
        assertFalse(answer.body().contains("Exception") || answer.body().contains("\tat "), answer.body());
        return problem;
    }

    // --- what is stored --------------------------------------------------------------------------

    /** The running media server's resident memory in bytes, from /proc of the process ./nova started. */
    static long mediaServerRss() {
        try {
            String pid = java.nio.file.Files.readString(Backbone.novaHome().resolve("wlp/usr/servers/.pid/media.pid")).trim();
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
            throw new IllegalStateException("no VmRSS for the media server (pid " + pid + ")");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the media server's pid or /proc entry is not readable", e);
        }
    }

    /** The highest {@link #mediaServerRss} seen every 10 ms while {@code action} runs. */
    static <T> Peak<T> peakRssDuring(java.util.concurrent.Callable<T> action) throws Exception {
        long before = mediaServerRss();
        java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong(before);
        java.util.concurrent.ScheduledExecutorService sampler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try {
            sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(mediaServerRss(), Math::max), 0, 10,
                    java.util.concurrent.TimeUnit.MILLISECONDS);
            T result = action.call();
            peak.accumulateAndGet(mediaServerRss(), Math::max);
            return new Peak<>(result, before, peak.get());
        } finally {
            sampler.shutdownNow();
        }
    }

    record Peak<T>(T result, long before, long peak) {
        long growth() {
            return peak - before;
        }
    }

    /** The media directory of the running media server: {@code NOVA_MEDIA_DIR}, else where ./nova puts it. */
    static Path mediaDir() {
        String dir = System.getenv("NOVA_MEDIA_DIR");
        return dir != null && !dir.isBlank() ? Path.of(dir) : Backbone.novaHome().resolve("media");
    }

    /** Whether the media directory holds a file of exactly these bytes (its content-addressed name). */
    static boolean stored(byte[] bytes) {
        return storedUnder(MediaFiles.sha256(bytes));
    }

    static boolean storedUnder(String sha256) {
        Path dir = mediaDir().resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4));
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(sha256 + "."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files in progress in the media directory's temporary area. */
    static Set<Path> temporaryFiles() {
        Path tmp = mediaDir().resolve("tmp");
        if (!Files.isDirectory(tmp)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(tmp)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of(); // a job removed its files while we walked: look again later
        }
    }

    /**
     * Nothing of a refused upload stays: no file of its bytes (when the test has them whole), no row of the member's beyond those they had, no
     * temporary file left behind (awaited briefly: a processing job of another test may be writing its own).
     */
    static void assertNothingStored(Members.Member member, byte[] bytes, long rowsBefore, Set<Path> temporaryBefore)
            throws SQLException {
        if (bytes != null) {
            assertFalse(stored(bytes), "the refused bytes are not in the media directory");
        }
        assertEquals(rowsBefore, rows(member.id()), "no media row was made");
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Set<Path> left = temporaryFiles();
            left.removeAll(temporaryBefore);
            return left.isEmpty();
        });
        List<String> listed = member.execute(MY_MEDIA, Map.of("first", 100)).data("myMedia").getJsonArray("nodes")
                .getValuesAs(JsonObject.class).stream().map(n -> n.getString("id")).toList();
        assertEquals(rowsBefore, listed.size(), "myMedia lists only what was stored before: " + listed);
    }

    static DataSource database() {
        return Backbone.database(MEDIA);
    }

    /** The member's media rows that are not deleted. */
    static long rows(String ownerId) throws SQLException {
        return Backbone.count(database(), "SELECT count(*) FROM media_files WHERE owner_id = ?::uuid AND deleted_at IS NULL",
                ownerId);
    }

    // --- what only the media server can sign, made with its local secret (as ForgedTokensIT opens identity's key) ---

    static String signingSecret() {
        String secret = System.getenv("NOVA_MEDIA_SIGNING_SECRET");
        return secret == null || secret.isBlank() ? LOCAL_SIGNING_SECRET : secret;
    }

    /** nova.media.infra.Signatures: HMAC-SHA256 of the purpose, a zero byte, the message; base64url. */
    static String sign(String purpose, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An upload ticket as the media server writes them (nova.media.upload.UploadTickets), for this owner. */
    static String ticketFor(String ownerId, Instant expiresAt) {
        String json = Json.createObjectBuilder().add("m", UUID.randomUUID().toString()).add("o", ownerId)
                .add("e", expiresAt.getEpochSecond()).add("v", "public").add("n", "late.jpg").build().toString();
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        return payload + "." + sign("upload", payload);
    }

    /** A private file's URL signed as the media server signs them (nova.media.serving.FileUrls), until {@code expires}. */
    static String signedFileUrl(String unsignedUrl, String id, String variant, long expires) {
        return unsignedUrl + "?expires=" + expires + "&signature=" + sign("file", id + "/" + variant + "/" + expires);
    }
}
