package nova.media.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import jakarta.json.Json;
import java.time.Instant;
import nova.platform.events.CloudEvent;
import nova.testsupport.Database;
import nova.testsupport.Topics;
import nova.testsupport.Deployments;
import nova.testsupport.Http;
import nova.testsupport.InContainer;
import nova.testsupport.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What happens to a file after its upload: a job left in progress by a server that died is taken again once its
 * lease runs out; a private file is served only through a signed URL and shown only to its owner; deleting takes
 * every variant off the disk and publishes {@code media.deleted}, for the owner only.
 */
@InContainer
class MediaLifecycleContainerIT {

    private final Database media = Database.of("media");
    private final UploadContainerIT upload = new UploadContainerIT();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void playIdentitysKeys() throws Exception {
        UploadContainerIT.playIdentitysKeys();
    }

    @AfterAll
    static void stopPlaying() {
        UploadContainerIT.stopPlaying();
    }

    /** Uploads a fresh PNG and waits until it is processed; its id. */
    UUID processedImage(String token, String visibility) {
        JsonObject ticket = upload.ticket(token, "picture.png", null, visibility);
        // bytes no other test uploads: identical uploads share one stored file (see StoredFiles)
        HttpResponse<String> uploaded = upload.put(token, ticket.getString("uploadUrl"), MediaFiles.ffmpeg("png",
                "-f", "lavfi", "-i", "color=c=0x" + String.format("%06x", new java.util.Random().nextInt(1 << 24))
                        + ":size=" + (600 + new java.util.Random().nextInt(400)) + "x100", "-frames:v", "1"));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        UUID id = UUID.fromString(Http.json(uploaded).getString("id"));
        media.awaitCount(1, Duration.ofSeconds(60),
                "SELECT count(*) FROM transcode_jobs WHERE media_id = ? AND status = 'complete'", id);
        return id;
    }

    List<Path> storedFilesOf(UUID id) {
        List<String> keys = new java.util.ArrayList<>();
        try (var connection = media.dataSource().getConnection();
             var statement = connection.prepareStatement("""
                     SELECT storage_key FROM thumbnails WHERE media_id = ?
                     UNION SELECT original_key FROM media_files WHERE id = ?""")) {
            statement.setObject(1, id);
            statement.setObject(2, id);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return keys.stream().map(k -> UploadContainerIT.mediaDir().resolve(k)).toList();
    }

    @Test
    void aJobLeftInProgressByADeadServerIsTakenAgainWhenItsLeaseRunsOut() {
        String token = UploadContainerIT.member(UUID.randomUUID());
        UUID id = processedImage(token, null);
        // what a server killed mid-job leaves: in progress, claimed once, its lease about to run out
        media.execute("""
                UPDATE transcode_jobs SET status = 'in_progress', attempts = 1, progress = 0.4,
                lease_until = now() + interval '2 seconds' WHERE media_id = ?""", id);
        media.execute("UPDATE media_files SET status = 'in_progress' WHERE id = ?", id);

        media.awaitCount(1, Duration.ofSeconds(60),
                "SELECT count(*) FROM transcode_jobs WHERE media_id = ? AND status = 'complete' AND attempts = 2", id);
        assertEquals(1, media.count("SELECT count(*) FROM media_files WHERE id = ? AND status = 'complete'", id));
        assertEquals(2, media.count("SELECT count(*) FROM outbox_events WHERE aggregate_id = ? AND type = 'media.processed'",
                id.toString()), "the second run published what it made");
        for (Path file : storedFilesOf(id)) {
            assertTrue(Files.exists(file), file.toString());
        }
    }

    @Test
    void aPrivateFileIsItsOwnersAndServedOnlyWithASignature() {
        UUID owner = UUID.randomUUID();
        String token = UploadContainerIT.member(owner);
        UUID id = processedImage(token, "private");

        assertEquals(404, upload.get(UploadContainerIT.member(UUID.randomUUID()), "/media/" + id).statusCode());
        JsonObject shown = Http.json(upload.get(token, "/media/" + id));
        String signed = shown.getJsonArray("variants").getJsonObject(0).getString("url");
        assertTrue(signed.contains("expires=") && signed.contains("signature="), signed);

        HttpResponse<String> served = UploadContainerIT.send(HttpRequest.newBuilder(upload.local(signed)).GET());
        assertEquals(200, served.statusCode());
        assertTrue(served.headers().firstValue("Cache-Control").orElseThrow().startsWith("private, max-age="));
        String unsigned = signed.substring(0, signed.indexOf('?'));
        assertEquals(403, UploadContainerIT.send(HttpRequest.newBuilder(upload.local(unsigned)).GET()).statusCode());
        String tampered = signed.replaceFirst("expires=\\d+", "expires=9999999999");
        assertEquals(403, UploadContainerIT.send(HttpRequest.newBuilder(upload.local(tampered)).GET()).statusCode());
    }

    @Test
    void onlyItsOwnerDeletesAFileAndEveryVariantLeavesTheDisk() {
        UUID owner = UUID.randomUUID();
        String token = UploadContainerIT.member(owner);
        UUID id = processedImage(token, null);
        // wider than the small thumbnail's 400 px box, so that thumbnail is a file of its own; the others may share
        // one stored file with the processed original (a thumbnail is never enlarged), which may equal the upload
        List<Path> files = storedFilesOf(id);
        assertTrue(files.size() >= 2, files.toString());
        files.forEach(f -> assertTrue(Files.exists(f), f.toString()));

        HttpResponse<String> someoneElse = UploadContainerIT.send(HttpRequest.newBuilder(
                upload.base.resolve("/media/" + id)).header("Authorization", "Bearer "
                + UploadContainerIT.member(UUID.randomUUID())).DELETE());
        assertEquals(403, someoneElse.statusCode(), someoneElse.body());
        assertEquals("forbidden", Http.problem(someoneElse));

        HttpResponse<String> deleted = UploadContainerIT.send(HttpRequest.newBuilder(upload.base.resolve("/media/" + id))
                .header("Authorization", "Bearer " + token).DELETE());
        assertEquals(204, deleted.statusCode(), deleted.body());

        files.forEach(f -> assertFalse(Files.exists(f), "removed from disk: " + f));
        assertEquals(1, media.count("SELECT count(*) FROM outbox_events WHERE aggregate_id = ? AND type = 'media.deleted'",
                id.toString()));
        assertEquals(404, upload.get(token, "/media/" + id).statusCode());
        HttpResponse<String> again = UploadContainerIT.send(HttpRequest.newBuilder(upload.base.resolve("/media/" + id))
                .header("Authorization", "Bearer " + token).DELETE());
        assertEquals(404, again.statusCode());
        JsonObject report = Http.json(upload.get(token, "/media/attachments?ids=" + id));
        assertEquals(id.toString(), report.getJsonArray("notOwned").getString(0));
    }

    @Test
    void aVideoIsTranscodedToMp4AndHlsWithAPosterAndServedInSegments() {
        String token = UploadContainerIT.member(UUID.randomUUID());
        // two seconds of VP8/Vorbis WebM: re-encoded to H.264/AAC, not copied
        byte[] webm = MediaFiles.ffmpeg("webm", "-f", "lavfi", "-i", "testsrc=size=160x120:rate=15:duration=2",
                "-f", "lavfi", "-i", "sine=frequency=440:duration=2", "-c:v", "libvpx", "-b:v", "200k", "-c:a", "libvorbis",
                "-shortest");
        JsonObject ticket = upload.ticket(token, "clip.webm", (long) webm.length, null);
        HttpResponse<String> uploaded = upload.put(token, ticket.getString("uploadUrl"), webm);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        UUID id = UUID.fromString(Http.json(uploaded).getString("id"));
        assertEquals("video", Http.json(uploaded).getString("kind"));

        media.awaitCount(1, Duration.ofSeconds(120),
                "SELECT count(*) FROM transcode_jobs WHERE media_id = ? AND status = 'complete'", id);
        assertEquals(1, media.count("SELECT count(*) FROM outbox_events WHERE aggregate_id = ? AND type = 'media.transcoded'",
                id.toString()));
        JsonObject shown = Http.json(upload.get(token, "/media/" + id));
        assertEquals("complete", shown.getString("status"));
        assertEquals(160, shown.getInt("width"));
        assertTrue(shown.getJsonNumber("durationSeconds").doubleValue() > 1.5);
        var variants = shown.getJsonArray("variants").stream().map(v -> v.asJsonObject())
                .collect(java.util.stream.Collectors.toMap(v -> v.getString("name"), v -> v));
        assertTrue(variants.keySet().containsAll(List.of("mp4", "hls", "poster")), variants.keySet().toString());
        assertEquals("video/mp4", variants.get("mp4").getString("mimeType"));

        HttpResponse<String> playlist = UploadContainerIT.send(HttpRequest.newBuilder(
                upload.local(variants.get("hls").getString("url"))).GET());
        assertEquals(200, playlist.statusCode());
        String segment = playlist.body().lines().filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst().orElseThrow();
        assertTrue(segment.startsWith("hls/segment-"), segment);
        HttpResponse<String> first = UploadContainerIT.send(HttpRequest.newBuilder(
                upload.base.resolve("/files/" + id + "/" + segment)).GET());
        assertEquals(200, first.statusCode());
        assertEquals("video/mp2t", first.headers().firstValue("Content-Type").orElseThrow());
        int traversal = UploadContainerIT.send(HttpRequest.newBuilder(
                upload.base.resolve("/files/" + id + "/hls/..%2F..%2Fetc")).GET()).statusCode();
        assertTrue(traversal == 404 || traversal == 400, "a segment name is never a path: " + traversal);
    }

    @Test
    void anAudioFileIsProcessed() {
        String token = UploadContainerIT.member(UUID.randomUUID());
        byte[] ogg = MediaFiles.ffmpeg("ogg", "-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-c:a", "libvorbis");
        JsonObject ticket = upload.ticket(token, "tone.ogg", null, null);
        HttpResponse<String> uploaded = upload.put(token, ticket.getString("uploadUrl"), ogg);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        UUID id = UUID.fromString(Http.json(uploaded).getString("id"));

        media.awaitCount(1, Duration.ofSeconds(60),
                "SELECT count(*) FROM transcode_jobs WHERE media_id = ? AND status = 'complete'", id);
        JsonObject shown = Http.json(upload.get(token, "/media/" + id));
        assertEquals("audio", shown.getString("kind"));
        assertTrue(shown.getJsonNumber("durationSeconds").doubleValue() > 0.5);
        assertEquals("original", shown.getJsonArray("variants").getJsonObject(0).getString("name"));
    }

    @Test
    void aDeletedAccountsFilesGoWithIt() {
        UUID owner = UUID.randomUUID();
        UUID id = processedImage(UploadContainerIT.member(owner), null);
        List<Path> files = storedFilesOf(id);
        CloudEvent deleted = CloudEvent.of("user", "user.deleted", owner.toString(), Json.createObjectBuilder()
                .add("userId", owner.toString()).add("username", "gone").add("deletedAt", Instant.now().toString()).build());

        Topics.send("nova.user", deleted, deleted);

        media.awaitCount(1, Duration.ofSeconds(60),
                "SELECT count(*) FROM processed_events WHERE consumer = 'nova.media.members' AND event_id = ?", deleted.id());
        assertEquals(1, media.count("SELECT count(*) FROM media_files WHERE id = ? AND deleted_at IS NOT NULL", id));
        assertEquals(1, media.count("SELECT count(*) FROM outbox_events WHERE aggregate_id = ? AND type = 'media.deleted'",
                id.toString()), "once, however often the event arrives");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> files.stream().noneMatch(Files::exists));
    }

    @Test
    void myMediaPagesNewestFirstAndAttachmentsSayWhatIsReady() {
        UUID owner = UUID.randomUUID();
        String token = UploadContainerIT.member(owner);
        UUID first = processedImage(token, null);
        UUID second = processedImage(token, null);

        JsonObject page = Http.json(upload.get(token, "/media/mine?limit=1"));
        assertEquals(second.toString(), page.getJsonArray("items").getJsonObject(0).getString("id"));
        JsonObject next = Http.json(upload.get(token, "/media/mine?limit=1&after=" + page.getString("nextCursor")));
        assertEquals(first.toString(), next.getJsonArray("items").getJsonObject(0).getString("id"));

        UUID stranger = UUID.randomUUID();
        JsonObject report = Http.json(upload.get(token, "/media/attachments?ids=" + first + "," + stranger));
        assertEquals(first.toString(), report.getJsonArray("ready").getString(0));
        assertEquals(stranger.toString(), report.getJsonArray("notOwned").getString(0));
        var batch = Http.json("{\"a\":" + upload.get(token, "/media?ids=" + second + "," + first).body() + "}")
                .getJsonArray("a");
        assertEquals(second.toString(), batch.getJsonObject(0).getString("id"));
        assertEquals(400, upload.get(token, "/media?ids=not-a-uuid").statusCode());
    }
}
