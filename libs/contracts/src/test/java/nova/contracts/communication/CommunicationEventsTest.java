package nova.contracts.communication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nova.contracts.event.EventJson;
import org.junit.jupiter.api.Test;

/** The communication events as a consumer (the real-time push, the event log) reads them. */
class CommunicationEventsTest {

    static final UUID CONVERSATION = UUID.fromString("3d1e2f3a-4b5c-4d6e-8f70-0123456789ab");
    static final UUID SENDER = UUID.fromString("0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b");
    static final UUID RECIPIENT = UUID.fromString("1b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b");
    static final Instant AT = Instant.parse("2026-12-06T18:00:00Z");

    @Test
    void aMessageIsKeyedByItsConversationAndReadsBack() {
        MessageSent sent = new MessageSent(UUID.randomUUID(), CONVERSATION, SENDER, List.of(RECIPIENT), "hello",
                List.of(), AT);

        assertEquals(CONVERSATION.toString(), sent.aggregateId());
        assertEquals("conversation", sent.aggregateType());
        assertEquals("communication.message.sent", sent.type());
        assertEquals(sent, EventJson.fromJson(EventJson.toJson(sent), MessageSent.class));
    }

    @Test
    void theTextOfAMessageNeverReachesALogLine() {
        MessageSent sent = new MessageSent(UUID.randomUUID(), CONVERSATION, SENDER, List.of(RECIPIENT),
                "my secret plans", List.of(), AT);

        assertFalse(sent.toString().contains("secret"));
    }

    @Test
    void aNotificationIsKeyedByItsRecipientAndReadsBack() {
        NotificationSent sent = new NotificationSent(UUID.randomUUID(), RECIPIENT, "like", "post", UUID.randomUUID(),
                List.of(SENDER), 4, "Ada and 3 others liked your post", null, AT);

        assertEquals(RECIPIENT.toString(), sent.aggregateId());
        assertEquals("communication.notification.sent", sent.type());
        assertEquals(sent, EventJson.fromJson(EventJson.toJson(sent), NotificationSent.class));
    }

    @Test
    void aReadMarkWithoutItsReaderIsRefused() {
        assertThrows(NullPointerException.class,
                () -> new ConversationRead(CONVERSATION, null, UUID.randomUUID(), List.of(), AT));
    }
}
