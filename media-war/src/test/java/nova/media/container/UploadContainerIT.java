package nova.media.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Stream;
import nova.media.infra.Signatures;
import nova.testsupport.Database;
import nova.testsupport.Deployments;
import nova.testsupport.Http;
import nova.testsupport.InContainer;
import nova.testsupport.LibertyServer;
import nova.testsupport.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * media deployed alone with the real PostgreSQL and broker, fed real files made by ffmpeg: an upload commits its
 * row, its outbox event and its job together, and processing completes it; every refused upload leaves nothing
 * on disk or in the database; tickets are single-use, short-lived and their owner's.
 */
@InContainer
class UploadContainerIT {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static Tokens tokens;

    final Database media = Database.of("media");
    final URI base = LibertyServer.base();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void playIdentitysKeys() throws Exception {
        tokens = new Tokens().servedAsIdentity();
    }

    @AfterAll
    static void stopPlaying() {
        tokens.close();
    }

    static Path mediaDir() {
        return Path.of(System.getProperty("nova.it.media.dir"));
    }

    static String member(UUID id) {
        return tokens.accessToken(id, "m" + id.toString().substring(0, 8));
    }

    JsonObject ticket(String token, String fileName, Long declaredSize, String visibility) {
        var body = Json.createObjectBuilder().add("fileName", fileName);
        if (declaredSize != null) {
            body.add("declaredSize", declaredSize);
        }
        if (visibility != null) {
            body.add("visibility", visibility);
        }
        HttpResponse<String> answer = Http.to(base).withBearer(token).post("/media/uploads", body.build());
        assertEquals(201, answer.statusCode(), answer.body());
        return Http.json(answer);
    }

    HttpResponse<String> put(String token, String uploadUrl, byte[] bytes) {
        return send(HttpRequest.newBuilder(local(uploadUrl)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "image/png").PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    HttpResponse<String> get(String token, String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token).GET());
    }

    /** The URL as handed out points at the configured public URL; the test server listens on its own port. */
    URI local(String url) {
        URI handedOut = URI.create(url);
        return base.resolve(handedOut.getRawPath() + (handedOut.getRawQuery() == null ? "" : "?" + handedOut.getRawQuery()));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            // a deadline for the whole exchange, body included (the request timeout covers the headers only)
            return CLIENT.sendAsync(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString())
                    .get(90, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static UUID mediaIdOf(JsonObject ticket) {
        String token = ticket.getString("ticket");
        String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                StandardCharsets.UTF_8);
        return UUID.fromString(Http.json(payload).getString("m"));
    }

    /** The files under the media directory whose name contains {@code part} (an upload's temporary, a hash). */
    static long filesNamed(String part) throws IOException {
        if (!Files.exists(mediaDir())) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(mediaDir())) {
            return walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().contains(part)).count();
        }
    }

    /** Nothing of the upload in the database, no temporary upload file left, its bytes stored nowhere. */
    void assertNothingStored(UUID mediaId, byte[] bytes) throws Exception {
        assertEquals(0, media.count("SELECT count(*) FROM media_files WHERE id = ?", mediaId));
        assertEquals(0, media.count("SELECT count(*) FROM transcode_jobs WHERE media_id = ?", mediaId));
        assertEquals(0, media.count("SELECT count(*) FROM outbox_events WHERE aggregate_id = ?", mediaId.toString()));
        assertEquals(0, filesNamed("upload-"), "no temporary upload file left");
        if (bytes != null) {
            String sha256 = java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
            assertEquals(0, filesNamed(sha256), "the refused bytes are not stored");
        }
    }

    @Test
    void anUploadIsRecordedWithItsEventAndJobThenProcessedAndServed() throws Exception {
        UUID owner = UUID.randomUUID();
        String token = member(owner);
        JsonObject ticket = ticket(token, "holiday.png", null, null);
        UUID id = mediaIdOf(ticket);

        HttpResponse<String> uploaded = put(token, ticket.getString("uploadUrl"), MediaFiles.png(320, 240));

        assertEquals(201, uploaded.statusCode(), uploaded.body());
        JsonObject created = Http.json(uploaded);
        assertEquals(id.toString(), created.getString("id"));
        assertEquals("image", created.getString("kind"));
        assertEquals("image/png", created.getString("mimeType"));
        assertEquals("holiday.png", created.getString("fileName"));
        assertEquals(1, media.count("SELECT count(*) FROM media_files WHERE id = ? AND owner_id = ?", id, owner));
        assertEquals(1, media.count("SELECT count(*) FROM outbox_events WHERE aggregate_id = ? AND type = 'media.upload.completed'",
                id.toString()));
        assertEquals(1, media.count("SELECT count(*) FROM transcode_jobs WHERE media_id = ?", id));

        media.awaitCount(1, Duration.ofSeconds(60),
                "SELECT count(*) FROM transcode_jobs WHERE media_id = ? AND status = 'complete'", id);
        assertEquals(1, media.count("SELECT count(*) FROM outbox_events WHERE aggregate_id = ? AND type = 'media.processed'",
                id.toString()));
        JsonObject processed = Http.json(get(token, "/media/" + id));
        assertEquals("complete", processed.getString("status"));
        assertEquals(320, processed.getInt("width"));
        assertEquals(240, processed.getInt("height"));
        assertFalse(processed.getString("blurhash").isBlank());
        var names = processed.getJsonArray("variants").stream().map(v -> v.asJsonObject().getString("name")).toList();
        assertTrue(names.contains("original") && names.contains("small"), names.toString());

        String url = processed.getJsonArray("variants").getJsonObject(0).getString("url");
        assertTrue(url.startsWith("http://localhost:9085/files/" + id + "/original"), url);
        HttpResponse<String> whole = send(HttpRequest.newBuilder(local(url)).GET());
        assertEquals(200, whole.statusCode());
        assertEquals("public, max-age=31536000, immutable", whole.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElseThrow());
        String etag = whole.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, send(HttpRequest.newBuilder(local(url)).header("If-None-Match", etag).GET()).statusCode());
        HttpResponse<String> part = send(HttpRequest.newBuilder(local(url)).header("Range", "bytes=0-7").GET());
        assertEquals(206, part.statusCode());
        assertEquals("bytes 0-7/", part.headers().firstValue("Content-Range").orElseThrow().substring(0, 10));
        assertEquals(416, send(HttpRequest.newBuilder(local(url)).header("Range", "bytes=999999999-").GET()).statusCode());

        // single use: the same ticket again is refused, and nothing changes
        HttpResponse<String> again = put(token, ticket.getString("uploadUrl"), MediaFiles.png(32, 32));
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("ticket-used", Http.problem(again));
    }

    @Test
    void refusedUploadsLeaveNothingOnDiskOrInTheDatabase() throws Exception {
        UUID owner = UUID.randomUUID();
        String token = member(owner);
        byte[] png = MediaFiles.png(64, 64);
        record Case(String name, byte[] bytes, int status, String problem) {
        }
        byte[] polyglot = concat(png, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        for (Case c : new Case[] {
                new Case("html renamed .png", "<html><body><script>alert(1)</script></body></html>".getBytes(), 415,
                        "unsupported-media-type"),
                new Case("svg with script", ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
                        + "<script>alert(1)</script></svg>").getBytes(), 415, "unsupported-media-type"),
                new Case("spoofed magic bytes", concat(Arrays.copyOf(png, 8), "<html>not a png</html>".getBytes()), 422,
                        null),
                new Case("truncated png", Arrays.copyOf(png, png.length / 2), 422, "unreadable-media"),
                new Case("polyglot png + html", polyglot, 415, null),
                new Case("empty", new byte[0], 415, "unsupported-media-type")}) {
            JsonObject ticket = ticket(token, "x.png", null, null);
            HttpResponse<String> refused = put(token, ticket.getString("uploadUrl"), c.bytes());

            assertTrue(refused.statusCode() == c.status() || (c.problem() == null && (refused.statusCode() == 415
                    || refused.statusCode() == 422)), c.name() + ": " + refused.statusCode() + " " + refused.body());
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow(), c.name());
            if (c.problem() != null) {
                assertEquals(c.problem(), Http.problem(refused), c.name());
            }
            assertNothingStored(mediaIdOf(ticket), c.bytes());
        }
    }

    @Test
    void aPixelFloodIsRefusedFromItsHeader() throws Exception {
        String token = member(UUID.randomUUID());
        JsonObject ticket = ticket(token, "flood.png", null, null);
        // a small PNG whose header declares 60000 × 60000 pixels (a decoder would allocate gigabytes)
        byte[] flood = MediaFiles.withPngSize(MediaFiles.png(64, 64), 60000, 60000);

        HttpResponse<String> refused = put(token, ticket.getString("uploadUrl"), flood);

        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals("unreadable-media", Http.problem(refused));
        assertNothingStored(mediaIdOf(ticket), flood);
    }

    @Test
    void aChunkedBodyIsCutOffAtTheImageLimit() throws Exception {
        String token = member(UUID.randomUUID());
        JsonObject ticket = ticket(token, "big.png", null, null);
        // a PNG's first bytes, then more than 16 MiB: streamed without a length (chunked)
        InputStream endless = new SequenceInputStream(new ByteArrayInputStream(MediaFiles.png(16, 16)),
                new InputStream() {
                    long left = 40L * 1024 * 1024;

                    @Override
                    public int read() {
                        return left-- > 0 ? 0 : -1;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        if (left <= 0) {
                            return -1;
                        }
                        int n = (int) Math.min(len, left);
                        left -= n;
                        return n;
                    }
                });

        HttpResponse<String> refused;
        try {
            refused = CLIENT.send(HttpRequest.newBuilder(local(ticket.getString("uploadUrl")))
                    .header("Authorization", "Bearer " + token)
                    .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> endless)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, refused.statusCode(), refused.body());
            assertEquals("too-large", Http.problem(refused));
        } catch (IOException closedWhileSending) {
            // the server may close the connection while the client is still sending: refused all the same
        }
        assertNothingStored(mediaIdOf(ticket), null);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() throws Exception {
        String token = member(UUID.randomUUID());
        JsonObject ticket = ticket(token, "big.mp4", null, null);
        URI upload = local(ticket.getString("uploadUrl"));

        String status;
        try (Socket socket = new Socket(upload.getHost(), upload.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PUT " + upload.getRawPath() + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Length: 500000000\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(MediaFiles.png(16, 16)); // a few bytes of the 500 MB it announced, then nothing
            out.flush();
            String answer = readResponse(socket.getInputStream());
            status = answer.substring(0, answer.indexOf("\r\n"));
            assertTrue(answer.contains("too-large"), answer);
        }
        assertTrue(status.startsWith("HTTP/1.1 413"), status);
        assertNothingStored(mediaIdOf(ticket), null);
    }

    @Test
    void aDeclaredSizeOverTheLimitOrTheQuotaIsRefusedUpFront() {
        String token = member(UUID.randomUUID());
        Http http = Http.to(base).withBearer(token);

        HttpResponse<String> tooLarge = http.post("/media/uploads",
                Json.createObjectBuilder().add("fileName", "a.mp4").add("declaredSize", 200L * 1024 * 1024).build());
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertEquals("too-large", Http.problem(tooLarge));

        // the tests' quota is 40 MiB; 60 MiB is within the video limit
        HttpResponse<String> overQuota = http.post("/media/uploads",
                Json.createObjectBuilder().add("fileName", "a.mp4").add("declaredSize", 60L * 1024 * 1024).build());
        assertEquals(409, overQuota.statusCode(), overQuota.body());
        assertEquals("quota-exceeded", Http.problem(overQuota));

        HttpResponse<String> traversal = http.post("/media/uploads",
                Json.createObjectBuilder().add("fileName", "../../etc/passwd").build());
        assertEquals(400, traversal.statusCode(), traversal.body());
        assertEquals("invalid-input", Http.problem(traversal));
    }

    @Test
    void aTicketIsItsOwnersAndShortLived() throws Exception {
        UUID owner = UUID.randomUUID();
        JsonObject ticket = ticket(member(owner), "mine.png", null, null);
        byte[] png = MediaFiles.png(17, 16);

        HttpResponse<String> someoneElse = put(member(UUID.randomUUID()), ticket.getString("uploadUrl"), png);
        assertEquals(403, someoneElse.statusCode(), someoneElse.body());
        assertEquals("forbidden", Http.problem(someoneElse));

        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(local(ticket.getString("uploadUrl")))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(png)));
        assertEquals(401, anonymous.statusCode(), anonymous.body());

        // a ticket signed with the server's secret that ran out a minute ago
        UUID id = UUID.randomUUID();
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(Json.createObjectBuilder()
                .add("m", id.toString()).add("o", owner.toString())
                .add("e", Instant.now().minusSeconds(60).getEpochSecond()).add("v", "public").build().toString()
                .getBytes(StandardCharsets.UTF_8));
        String expired = payload + "." + new Signatures("nova-local-media-signing-secret").sign("upload", payload);
        HttpResponse<String> late = put(member(owner), base.resolve("/media/uploads/" + expired).toString(), png);
        assertEquals(410, late.statusCode(), late.body());
        assertEquals("ticket-expired", Http.problem(late));

        HttpResponse<String> forged = put(member(owner), base.resolve("/media/uploads/" + payload + ".AAAA").toString(), png);
        assertEquals(403, forged.statusCode(), forged.body());

        assertNothingStored(mediaIdOf(ticket), png);
        assertNothingStored(id, png);
    }

    /** One HTTP/1.1 response: its head, then as many body bytes as it declares (or up to the end of the stream). */
    static String readResponse(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return head.toString();
            }
            head.append((char) b);
        }
        var length = java.util.regex.Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(head);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return head + new String(body, StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
