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
        HttpResponse<String> uploaded = upload.put(token, ticket.getString("uploadUrl"),
                MediaFiles.png(100 + (int) (Math.random() * 200), 100));
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
        List<Path> files = storedFilesOf(id);
        assertTrue(files.size() >= 3, files.toString());
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
