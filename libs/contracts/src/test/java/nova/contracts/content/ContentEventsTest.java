package nova.contracts.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nova.contracts.event.DomainEvent;
import nova.contracts.event.EventJson;
import org.junit.jupiter.api.Test;

/** The content events as their consumers (social, search, communication) read them. */
class ContentEventsTest {

    static final UUID POST = UUID.fromString("7d1e2f3a-4b5c-4d6e-8f70-0123456789ab");
    static final UUID AUTHOR = UUID.fromString("0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b");
    static final Instant AT = Instant.parse("2026-12-06T12:00:00.123456Z");

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    static <T extends DomainEvent> void roundTrips(T event, Class<T> type) {
        assertEquals(event, EventJson.fromJson(EventJson.toJson(event), type));
    }

    @Test
    void eachItemIsItsEventsSubjectSoOneItemsEventsStayInOrder() {
        PostDeleted post = new PostDeleted(POST, AUTHOR, AT);
        ArticleDeleted article = new ArticleDeleted(POST, AUTHOR, AT);
        CommentDeleted comment = new CommentDeleted(POST, AUTHOR, "post", UUID.randomUUID(), AT);

        assertEquals(List.of(POST.toString(), "post", "content.post.deleted"),
                List.of(post.aggregateId(), post.aggregateType(), post.type()));
        assertEquals(List.of(POST.toString(), "article", "content.article.deleted"),
                List.of(article.aggregateId(), article.aggregateType(), article.type()));
        assertEquals(List.of(POST.toString(), "comment", "content.comment.deleted"),
                List.of(comment.aggregateId(), comment.aggregateType(), comment.type()));
    }

    @Test
    void everyEventReadsBackAsWritten() {
        UUID other = UUID.randomUUID();
        roundTrips(new PostCreated(POST, AUTHOR, "followers", "hello @ada #Nova", "cw", true, "en",
                List.of(other), List.of(other), List.of("nova"), other, AUTHOR, null, null, AT), PostCreated.class);
        roundTrips(new PostUpdated(POST, AUTHOR, "public", "edited", null, false, null, List.of(), List.of(),
                List.of(), null, null, other, AUTHOR, AT, 2), PostUpdated.class);
        roundTrips(new PostDeleted(POST, AUTHOR, AT), PostDeleted.class);
        roundTrips(new ArticlePublished(POST, AUTHOR, "Title", "title", "# body", null, "en", AT), ArticlePublished.class);
        roundTrips(new ArticleUpdated(POST, AUTHOR, "Title", "title", "# body", other, null, AT, AT, 3), ArticleUpdated.class);
        roundTrips(new ArticleDeleted(POST, AUTHOR, AT), ArticleDeleted.class);
        roundTrips(new CommentCreated(POST, AUTHOR, "article", other, AUTHOR, null, null, "nice", AT), CommentCreated.class);
        roundTrips(new CommentDeleted(POST, AUTHOR, "post", other, AT), CommentDeleted.class);
    }

    @Test
    void aPostWithoutListsIsWrittenWithEmptyOnes() {
        JsonObject written = EventJson.toJson(new PostCreated(POST, AUTHOR, "public", "hi", null, false, null,
                null, null, null, null, null, null, null, AT));

        assertTrue(written.getJsonArray("hashtags").isEmpty());
        assertTrue(written.isNull("replyToId"));
    }

    @Test
    void aPostEventWithoutItsAuthorIsRefused() {
        assertThrows(EventJson.UnreadableEvent.class, () -> EventJson.fromJson(json("""
                {"postId":"%s","deletedAt":"2026-12-06T12:00:00Z"}""".formatted(POST)), PostDeleted.class));
    }
}
