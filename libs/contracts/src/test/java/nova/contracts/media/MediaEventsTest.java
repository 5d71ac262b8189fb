package nova.contracts.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import nova.contracts.event.EventJson;
import org.junit.jupiter.api.Test;

/** The media events as a consumer (content, search) reads them. */
class MediaEventsTest {

    static final UUID MEDIA = UUID.fromString("7d1e2f3a-4b5c-4d6e-8f70-0123456789ab");
    static final UUID OWNER = UUID.fromString("0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b");

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void theMediaIdIsTheSubjectSoOneFilesEventsStayInOrder() {
        MediaDeleted deleted = new MediaDeleted(MEDIA, OWNER);

        assertEquals(MEDIA.toString(), deleted.aggregateId());
        assertEquals("media", deleted.aggregateType());
        assertEquals("media.deleted", deleted.type());
    }

    @Test
    void anAudioFileIsProcessedWithoutDimensionsWrittenAsNulls() {
        MediaProcessed audio = new MediaProcessed(MEDIA, OWNER, "audio", null, null, 3.5, null, List.of("original"));

        JsonObject written = EventJson.toJson(audio);

        assertTrue(written.isNull("width"));
        assertTrue(written.isNull("blurhash"));
        assertEquals(audio, EventJson.fromJson(written, MediaProcessed.class));
    }

    @Test
    void anUploadWrittenAsTextReadsBack() {
        MediaUploadCompleted read = EventJson.fromJson(json("""
                {"mediaId":"%s","ownerId":"%s","kind":"image","mimeType":"image/png","size":1234}"""
                .formatted(MEDIA, OWNER)), MediaUploadCompleted.class);

        assertEquals(new MediaUploadCompleted(MEDIA, OWNER, "image", "image/png", 1234), read);
    }

    @Test
    void anEventWithoutItsOwnerIsRefused() {
        assertThrows(EventJson.UnreadableEvent.class, () -> EventJson.fromJson(json("""
                {"mediaId":"%s","variants":["mp4"]}""".formatted(MEDIA)), MediaTranscoded.class));
    }

    @Test
    void variantsAreACopyNeverNull() {
        assertEquals(List.of(), new MediaTranscoded(MEDIA, OWNER, null).variants());
    }
}
