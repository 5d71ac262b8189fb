package nova.communication.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    final UUID sender = UUID.randomUUID();
    final UUID a = UUID.randomUUID();
    final UUID b = UUID.randomUUID();
    final UUID message = UUID.randomUUID();
    final UUID conversation = UUID.randomUUID();

    @Test
    void aMessageGoesToItsRecipientsAndTheSendersOtherDevices() {
        JsonObject data = Json.createObjectBuilder().add("messageId", message.toString())
                .add("conversationId", conversation.toString()).add("senderId", sender.toString())
                .add("recipientIds", Json.createArrayBuilder().add(a.toString()).add(b.toString()))
                .add("text", "hi").add("mediaIds", Json.createArrayBuilder()).add("sentAt", "2026-12-06T18:00:00.123456Z").build();
        Delivery delivery = Delivery.of(Delivery.MESSAGE_SENT, data).orElseThrow();
        assertEquals(Set.of(a, b, sender), delivery.recipients());
        assertEquals(Frame.MESSAGE, delivery.frame().type());
        JsonObject frame = Json.createReader(new StringReader(delivery.frame().toJson())).readObject();
        assertEquals("hi", frame.getJsonObject("data").getString("text"));
        FrameCursor cursor = FrameCursor.decode(frame.getString("id"));
        assertEquals(message, cursor.id());
        assertEquals(Instant.parse("2026-12-06T18:00:00.123456Z"), cursor.at());
    }

    @Test
    void aReadReceiptGoesToEveryMemberAndANotificationToItsRecipient() {
        JsonObject read = Json.createObjectBuilder().add("conversationId", conversation.toString())
                .add("readerId", a.toString()).add("upToMessageId", message.toString())
                .add("memberIds", Json.createArrayBuilder().add(a.toString()).add(sender.toString()))
                .add("at", "2026-12-06T18:00:01Z").build();
        assertEquals(Set.of(a, sender), Delivery.of(Delivery.CONVERSATION_READ, read).orElseThrow().recipients());
        JsonObject notification = Json.createObjectBuilder().add("notificationId", UUID.randomUUID().toString())
                .add("recipientId", b.toString()).add("notificationType", "like").add("at", "2026-12-06T18:00:02Z").build();
        Delivery delivery = Delivery.of(Delivery.NOTIFICATION_SENT, notification).orElseThrow();
        assertEquals(Set.of(b), delivery.recipients());
        assertEquals(Frame.NOTIFICATION, delivery.frame().type());
    }

    @Test
    void otherEventsAreNobodysAndAMalformedOneIsRefused() {
        assertTrue(Delivery.of("communication.something.else", Json.createObjectBuilder().build()).isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> Delivery.of(Delivery.MESSAGE_SENT, Json.createObjectBuilder().add("messageId", "x").build()));
    }

    @Test
    void aCursorReadsBackAndNonsenseIsRefused() {
        FrameCursor cursor = new FrameCursor(Instant.parse("2026-12-06T18:00:00.123456789Z"), message);
        FrameCursor back = FrameCursor.decode(cursor.encode());
        assertEquals(Instant.parse("2026-12-06T18:00:00.123456Z"), back.at());
        assertEquals(message, back.id());
        assertThrows(IllegalArgumentException.class, () -> FrameCursor.decode("bm9wZQ"));
    }
}
