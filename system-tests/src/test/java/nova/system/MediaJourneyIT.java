package nova.system;

import org.microshed.testing.kafka.KafkaConsumerClient;
import org.microshed.testing.jupiter.MicroShedTest;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import static nova.system.MediaSystem.assertProblem;
import static nova.system.MediaSystem.awaitComplete;
import static nova.system.MediaSystem.fetch;
import static nova.system.MediaSystem.variants;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nova.platform.events.CloudEvent;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, a member's media from end to end over GraphQL and the media server's own URLs: a ticket from the
 * gateway, the bytes PUT to the ticket's upload URL, processing awaited through {@code media(id)}, then the files
 * as a browser or CDN fetches them (Range, ETag, cache headers), with the photo's location gone; a video as MP4,
 * HLS and a poster; private media only through signed URLs; {@code myMedia} in pages; delete — each step's event
 * on {@code nova.media}.
 */
@MicroShedTest
public class MediaJourneyIT {

    /** MicroShed's consumer of {@code nova.media}; each test's reader takes it over from the topic's end. */
    @KafkaConsumerClient(groupId = "nova.system-tests.media-journey", topics = "nova.media", properties = "enable.auto.commit=false",
            keyDeserializer = StringDeserializer.class, valueDeserializer = ByteArrayDeserializer.class)
    public static KafkaConsumer<String, byte[]> mediaTopic;

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Test
    void aPhotoIsUploadedProcessedAndServedWithoutItsLocation() throws Exception {
        Members.Member ada = Members.newcomer("photo");
        Members.Member bob = Members.newcomer("viewer");
        byte[] photo = MediaFiles.jpegWithGps();
        assertTrue(MediaFiles.probe(photo).contains("TAG:GPSLatitude="), "the upload does carry a location");

        try (Backbone.TopicReader topic = new Backbone.TopicReader(mediaTopic, "nova.media")) {
            JsonObject ticket = MediaSystem.requestUpload(ada, Map.of("fileName", "holiday.jpg",
                    "declaredSize", photo.length, "description", "A test card")).data("requestMediaUpload");
            assertTrue(ticket.getString("uploadUrl").startsWith("http://localhost:9085/"), ticket.toString());
            assertTrue(ticket.getString("uploadUrl").endsWith(ticket.getString("ticket")), ticket.toString());
            assertTrue(Instant.parse(ticket.getString("expiresAt")).isAfter(Instant.now()));
            assertTrue(ticket.getInt("maxBytes") >= photo.length);

            HttpResponse<String> uploaded = MediaSystem.put(ticket.getString("uploadUrl"), ada.accessToken(), photo);
            assertEquals(201, uploaded.statusCode(), uploaded.body());
            JsonObject queued = Nova.json(uploaded.body());
            String id = queued.getString("id");
            assertEquals("queued", queued.getString("status"));
            assertEquals("image", queued.getString("kind"));
            assertEquals("image/jpeg", queued.getString("mimeType"), "the type read from the bytes");
            assertEquals(photo.length, queued.getJsonNumber("size").longValue());

            JsonObject media = awaitComplete(ada, id);
            assertEquals("IMAGE", media.getString("kind"));
            assertEquals("holiday.jpg", media.getString("fileName"));
            assertEquals("A test card", media.getString("description"));
            assertEquals("PUBLIC", media.getString("visibility"));
            assertEquals(MediaFiles.JPEG_WIDTH, media.getInt("width"));
            assertEquals(MediaFiles.JPEG_HEIGHT, media.getInt("height"));
            assertTrue(media.getString("blurhash").length() >= 6, media.toString());
            JsonObject focal = media.getJsonObject("focalPoint");
            assertTrue(Math.abs(focal.getJsonNumber("x").doubleValue()) <= 1 && Math.abs(focal.getJsonNumber("y").doubleValue()) <= 1);
            assertFalse(media.isNull("processedAt"));

            Map<String, JsonObject> variants = variants(media);
            assertTrue(variants.containsKey("original"), variants.keySet().toString());
            assertTrue(variants.size() >= 2, "thumbnails besides the original: " + variants.keySet());
            for (JsonObject variant : variants.values()) {
                String url = variant.getString("url");
                assertTrue(url.startsWith("http://localhost:9085/files/" + id + "/"), "on the CDN base URL: " + url);
                assertFalse(url.contains("holiday"), "the user's file name is no part of a URL: " + url);
                HttpResponse<byte[]> served = fetch(url);
                assertEquals(200, served.statusCode(), url);
                assertTrue(served.headers().firstValue("Content-Type").orElse("").startsWith("image/"), url);
                assertEquals(Optional.of(IMMUTABLE), served.headers().firstValue("Cache-Control"), url);
                assertEquals(Optional.of("bytes"), served.headers().firstValue("Accept-Ranges"), url);
                assertLocationGone(served.body(), url);
                if (!variant.isNull("width")) {
                    assertTrue(variant.getInt("width") <= MediaFiles.JPEG_WIDTH, "a thumbnail is no larger: " + variant);
                }
            }

            // Range and ETag, as a browser and a CDN use them
            String original = variants.get("original").getString("url");
            HttpResponse<byte[]> whole = fetch(original);
            String etag = whole.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
            HttpResponse<byte[]> part = fetch(original, Map.of("Range", "bytes=0-99"));
            assertEquals(206, part.statusCode());
            assertEquals(Optional.of("bytes 0-99/" + whole.body().length), part.headers().firstValue("Content-Range"));
            assertArrayEquals(Arrays.copyOf(whole.body(), 100), part.body());
            HttpResponse<byte[]> tail = fetch(original, Map.of("Range", "bytes=-10"));
            assertEquals(206, tail.statusCode());
            assertArrayEquals(Arrays.copyOfRange(whole.body(), whole.body().length - 10, whole.body().length), tail.body());
            HttpResponse<byte[]> unchanged = fetch(original, Map.of("If-None-Match", etag));
            assertEquals(304, unchanged.statusCode());
            assertEquals(0, unchanged.body().length);
            assertEquals(416, fetch(original, Map.of("Range", "bytes=" + (whole.body().length + 10) + "-")).statusCode());

            // anyone signed in sees public media
            assertEquals(id, MediaSystem.media(bob, id).data("media").getString("id"));

            CloudEvent completed = topic.await("media.upload.completed", id);
            assertEquals(ada.id(), completed.data().getString("ownerId"));
            assertEquals("image/jpeg", completed.data().getString("mimeType"));
            assertEquals(photo.length, completed.data().getJsonNumber("size").longValue());
            CloudEvent processed = topic.await("media.processed", id);
            assertEquals(MediaFiles.JPEG_WIDTH, processed.data().getInt("width"));
            assertEquals(media.getString("blurhash"), processed.data().getString("blurhash"));
        }
    }

    /** No EXIF block, no location, nothing of the EXIF the upload had: by the bytes, and as ffprobe reads them. */
    private static void assertLocationGone(byte[] image, String url) {
        String bytes = new String(image, StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("Exif\0\0"), "an EXIF block in " + url);
        assertFalse(bytes.contains(MediaFiles.EXIF_MARKER), "the upload's EXIF in " + url);
        String probe = MediaFiles.probe(image);
        assertFalse(probe.contains("GPS"), url + ": " + probe);
    }

    @Test
    void aVideoBecomesAnMp4AnHlsStreamAndAPoster() throws Exception {
        Members.Member ada = Members.newcomer("video");
        byte[] clip = MediaFiles.mp4();
        try (Backbone.TopicReader topic = new Backbone.TopicReader(mediaTopic, "nova.media")) {
            String id = MediaSystem.upload(ada, "clip.mp4", clip, null).getString("id");

            JsonObject media = awaitComplete(ada, id);
            assertEquals("VIDEO", media.getString("kind"));
            assertEquals(320, media.getInt("width"));
            assertEquals(240, media.getInt("height"));
            assertEquals(MediaFiles.VIDEO_SECONDS, media.getJsonNumber("durationSeconds").doubleValue(), 0.2);
            assertTrue(media.getString("blurhash").length() >= 6, "the poster's blurhash: " + media);
            Map<String, JsonObject> variants = variants(media);
            assertTrue(variants.keySet().containsAll(Set.of("mp4", "hls", "poster")), variants.keySet().toString());

            HttpResponse<byte[]> mp4 = fetch(variants.get("mp4").getString("url"));
            assertEquals(200, mp4.statusCode());
            assertEquals(Optional.of("video/mp4"), mp4.headers().firstValue("Content-Type"));
            String probe = MediaFiles.probe(mp4.body());
            assertTrue(probe.contains("codec_name=h264"), probe);
            HttpResponse<byte[]> firstBytes = fetch(variants.get("mp4").getString("url"), Map.of("Range", "bytes=0-1023"));
            assertEquals(206, firstBytes.statusCode(), "a player seeks with Range");

            String playlistUrl = variants.get("hls").getString("url");
            HttpResponse<byte[]> playlist = fetch(playlistUrl);
            assertEquals(200, playlist.statusCode());
            String m3u8 = new String(playlist.body(), StandardCharsets.UTF_8);
            assertTrue(m3u8.startsWith("#EXTM3U"), m3u8);
            String segment = m3u8.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst()
                    .orElseThrow(() -> new AssertionError("no segment in " + m3u8));
            HttpResponse<byte[]> first = fetch(URI.create(playlistUrl).resolve(segment).toString());
            assertEquals(200, first.statusCode(), segment);
            assertTrue(first.body().length > 1000, "a segment holds video");

            HttpResponse<byte[]> poster = fetch(variants.get("poster").getString("url"));
            assertEquals(200, poster.statusCode());
            assertTrue(poster.headers().firstValue("Content-Type").orElse("").startsWith("image/"));

            topic.await("media.upload.completed", id, data -> data.getString("kind").equals("video"));
            topic.await("media.processed", id);
            CloudEvent transcoded = topic.await("media.transcoded", id);
            assertTrue(transcoded.data().getJsonArray("variants").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList().containsAll(List.of("mp4", "hls", "poster")), transcoded.data().toString());
        }
    }

    @Test
    void privateMediaIsServedOnlyThroughItsSignedUrlAndOnlyToItsOwner() throws Exception {
        Members.Member ada = Members.newcomer("private");
        Members.Member bob = Members.newcomer("snoop");
        String id = MediaSystem.upload(ada, "secret.jpg", MediaFiles.jpeg(1), "PRIVATE").getString("id");
        JsonObject media = awaitComplete(ada, id);
        assertEquals("PRIVATE", media.getString("visibility"));

        String signed = variants(media).get("original").getString("url");
        assertTrue(signed.contains("expires=") && signed.contains("signature="), signed);
        HttpResponse<byte[]> served = fetch(signed);
        assertEquals(200, served.statusCode(), signed);
        String cache = served.headers().firstValue("Cache-Control").orElse("");
        assertTrue(cache.matches("private, max-age=\\d+"), cache);

        String unsigned = signed.substring(0, signed.indexOf('?'));
        assertEquals(403, fetch(unsigned).statusCode(), "no signature");
        String signature = signed.substring(signed.indexOf("signature=") + "signature=".length());
        String flipped = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
        assertEquals(403, fetch(signed.replace(signature, flipped)).statusCode(), "a tampered signature");
        long expires = Long.parseLong(signed.replaceAll(".*expires=(\\d+).*", "$1"));
        assertEquals(403, fetch(signed.replace("expires=" + expires, "expires=" + (expires + 3600))).statusCode(),
                "a later expiry under the old signature");
        long past = Instant.now().getEpochSecond() - 60;
        String expired = MediaSystem.signedFileUrl(unsigned, id, "original", past);
        assertEquals(403, fetch(expired).statusCode(), "a rightly signed URL that has expired");
        assertEquals(200, fetch(MediaSystem.signedFileUrl(unsigned, id, "original", past + 3600)).statusCode(),
                "the same signing, not expired, is served: the refusal above was for the expiry alone");

        Gql.Result snooped = MediaSystem.media(bob, id);
        assertEquals(Optional.of("NOT_FOUND"), snooped.code(), "someone else's private media is not there for them");
    }

    @Test
    void myMediaComesNewestFirstInPages() throws Exception {
        Members.Member ada = Members.newcomer("pages");
        List<String> uploaded = new ArrayList<>();
        for (int n = 2; n <= 4; n++) {
            uploaded.add(MediaSystem.upload(ada, "page" + n + ".jpg", MediaFiles.jpeg(n), null).getString("id"));
        }
        JsonObject first = ada.execute(MediaSystem.MY_MEDIA, Map.of("first", 2)).data("myMedia");
        assertEquals(List.of(uploaded.get(2), uploaded.get(1)), ids(first));
        assertTrue(first.getJsonObject("pageInfo").getBoolean("hasNextPage"));
        String cursor = first.getJsonObject("pageInfo").getString("endCursor");
        JsonObject second = ada.execute(MediaSystem.MY_MEDIA, Map.of("first", 2, "after", cursor)).data("myMedia");
        assertEquals(List.of(uploaded.get(0)), ids(second));
        assertFalse(second.getJsonObject("pageInfo").getBoolean("hasNextPage"));

        Gql.Result tooMany = ada.execute(MediaSystem.MY_MEDIA, Map.of("first", 101));
        assertEquals(Optional.of("VALIDATION_FAILED"), tooMany.code());
        Members.Member bob = Members.newcomer("nomedia");
        assertEquals(List.of(), ids(bob.execute(MediaSystem.MY_MEDIA, Map.of()).data("myMedia")), "only one's own");
        try (Gql anonymous = Gql.anonymous()) {
            assertEquals(Optional.of("UNAUTHENTICATED"), anonymous.execute(MediaSystem.MY_MEDIA).code());
        }
    }

    private static List<String> ids(JsonObject connection) {
        return connection.getJsonArray("nodes").getValuesAs(JsonObject.class).stream().map(n -> n.getString("id")).toList();
    }

    @Test
    void deletingRemovesEveryStoredVariantAndOnlyTheOwnerMay() throws Exception {
        Members.Member ada = Members.newcomer("delete");
        Members.Member bob = Members.newcomer("vandal");
        try (Backbone.TopicReader topic = new Backbone.TopicReader(mediaTopic, "nova.media")) {
            String id = MediaSystem.upload(ada, "gone.jpg", MediaFiles.jpeg(5), null).getString("id");
            JsonObject media = awaitComplete(ada, id);
            List<String> urls = variants(media).values().stream().map(v -> v.getString("url")).toList();
            List<String> hashes = new ArrayList<>();
            for (String url : urls) {
                HttpResponse<byte[]> served = fetch(url);
                assertEquals(200, served.statusCode());
                String hash = MediaFiles.sha256(served.body());
                assertTrue(MediaSystem.storedUnder(hash), "stored under its content's name: " + url);
                hashes.add(hash);
            }

            Gql.Result refused = bob.execute(MediaSystem.DELETE, Map.of("id", id));
            assertEquals(Optional.of("FORBIDDEN"), refused.code(), "someone else's media");
            assertEquals("COMPLETE", MediaSystem.media(ada, id).data("media").getString("status"), "still there");
            try (Gql anonymous = Gql.anonymous()) {
                assertEquals(Optional.of("UNAUTHENTICATED"), anonymous.execute(MediaSystem.DELETE, Map.of("id", id)).code());
            }

            Gql.Result deleted = ada.execute(MediaSystem.DELETE, Map.of("id", id));
            assertTrue(deleted.errors().isEmpty(), deleted.errors().toString());
            assertTrue(deleted.response().getData().getBoolean("deleteMedia"));

            assertEquals(Optional.of("NOT_FOUND"), MediaSystem.media(ada, id).code());
            for (String url : urls) {
                assertEquals(404, fetch(url).statusCode(), "deleted: " + url);
            }
            for (String hash : hashes) {
                assertFalse(MediaSystem.storedUnder(hash), "removed from disk: " + hash);
            }
            assertEquals(Optional.of("NOT_FOUND"), ada.execute(MediaSystem.DELETE, Map.of("id", id)).code(), "once");
            assertFalse(ids(ada.execute(MediaSystem.MY_MEDIA, Map.of()).data("myMedia")).contains(id));
            CloudEvent gone = topic.await("media.deleted", id);
            assertEquals(ada.id(), gone.data().getString("ownerId"));
            assertNotEquals(0, topic.eventsAbout("media.upload.completed", id).size());
        }
    }
}
