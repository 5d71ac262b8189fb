package nova.gateway.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nova.contracts.media.FocalPoint;
import nova.contracts.media.MediaPage;
import nova.contracts.media.MediaVariant;
import nova.contracts.media.UploadRequest;
import nova.contracts.media.UploadTicket;
import nova.gateway.infra.ApiError;
import org.junit.jupiter.api.Test;

class MediaTest {

    private static final Instant CREATED = Instant.parse("2026-12-06T12:00:00.123456Z");

    private static nova.contracts.media.Media image(String status, List<MediaVariant> variants) {
        return new nova.contracts.media.Media(UUID.randomUUID(), UUID.randomUUID(), "image", status, "image/jpeg",
                "../../etc/passwd.jpg", 12_345, 640, 480, null, "LEHV6nWB2yk8pyo0adR*.7kCMdnj", new FocalPoint(-0.25, 0.5),
                "a cat", "private", variants, CREATED, status.equals("complete") ? CREATED.plusSeconds(2) : null);
    }

    @Test
    void aCompleteImageShowsWhatProcessingMadeOfIt() {
        MediaVariant small = new MediaVariant("small", "https://cdn.example/files/x/small?expires=1&signature=s",
                "image/jpeg", 160, 120, 4_000L);
        Media media = new Media(image("complete", List.of(small)));

        assertEquals(MediaKind.IMAGE, media.getKind());
        assertEquals(MediaStatus.COMPLETE, media.getStatus());
        assertEquals(MediaVisibility.PRIVATE, media.getVisibility());
        assertEquals("../../etc/passwd.jpg", media.getFileName(), "a label, passed on as it is");
        assertEquals(12_345, media.getSize());
        assertEquals(-0.25, media.getFocalPoint().getX());
        assertEquals(0.5, media.getFocalPoint().getY());
        MediaVariant shown = small;
        nova.gateway.media.MediaVariant variant = media.getVariants().get(0);
        assertEquals(shown.url(), variant.getUrl());
        assertEquals(160, variant.getWidth());
        assertEquals(4_000, variant.getSize());
        assertEquals("2026-12-06T12:00:00.123456Z", media.getCreatedAt().toString());
        assertEquals("2026-12-06T12:00:02.123456Z", media.getProcessedAt().toString());
    }

    @Test
    void queuedMediaHasNoVariantsYet() {
        Media media = new Media(image("queued", null));

        assertEquals(MediaStatus.QUEUED, media.getStatus());
        assertEquals(List.of(), media.getVariants());
        assertNull(media.getProcessedAt());
    }

    @Test
    void everyValueOfTheContractHasItsEnum() {
        for (String status : List.of("queued", "in_progress", "complete", "failed")) {
            assertEquals(status, MediaStatus.of(status).name().toLowerCase(java.util.Locale.ROOT));
        }
        for (String kind : List.of("image", "video", "audio")) {
            assertEquals(kind, MediaKind.of(kind).name().toLowerCase(java.util.Locale.ROOT));
        }
        assertEquals("public", MediaVisibility.PUBLIC.wire());
        assertEquals(MediaVisibility.PRIVATE, MediaVisibility.of("private"));
    }

    @Test
    void theInputBecomesTheContractsRequestAndLeavesVisibilityToTheDefault() {
        MediaUploadInput input = new MediaUploadInput();
        input.setFileName("cat.jpg");
        input.setDeclaredSize(1_000);

        assertEquals(new UploadRequest("cat.jpg", 1_000L, null, null), input.toRequest());
        input.setVisibility(MediaVisibility.PRIVATE);
        input.setDescription("a cat");
        assertEquals(new UploadRequest("cat.jpg", 1_000L, "private", "a cat"), input.toRequest());
    }

    @Test
    void aTicketSaysWhereAndUntilWhen() {
        MediaUploadTicket ticket = new MediaUploadTicket(new UploadTicket("t1", "http://localhost:9085/media/uploads/t1",
                CREATED, 16L * 1024 * 1024));

        assertEquals("http://localhost:9085/media/uploads/t1", ticket.getUploadUrl());
        assertEquals(16 * 1024 * 1024, ticket.getMaxBytes());
        assertEquals("2026-12-06T12:00:00.123456Z", ticket.getExpiresAt().toString());
    }

    @Test
    void aPageSaysWhetherAnotherFollows() {
        MediaConnection more = new MediaConnection(new MediaPage(List.of(image("queued", List.of())), "c2"));
        MediaConnection last = new MediaConnection(new MediaPage(List.of(), null));

        assertEquals(1, more.getNodes().size());
        assertTrue(more.getPageInfo().isHasNextPage());
        assertEquals("c2", more.getPageInfo().getEndCursor());
        assertFalse(last.getPageInfo().isHasNextPage());
        assertNull(last.getPageInfo().getEndCursor());
    }

    @Test
    void aMalformedIdIsNotFoundWithoutACall() {
        ApiError error = assertThrows(ApiError.class, () -> MediaOperations.mediaId("../x"));
        assertEquals(ApiError.Code.NOT_FOUND, error.code());
        UUID id = UUID.randomUUID();
        assertEquals(id, MediaOperations.mediaId(id.toString()));
    }

    @Test
    void aSizeThatDoesNotFitAnIntIsAFaultNotARoundedValue() {
        assertThrows(ArithmeticException.class, () -> Sizes.bytes(3L * 1024 * 1024 * 1024));
        assertNull(Sizes.bytes(null));
    }
}
