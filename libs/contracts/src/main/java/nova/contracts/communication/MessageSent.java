package nova.contracts.communication;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code communication.message.sent}: a message was stored for {@code recipientIds} (every member but the sender
 * at the time of sending). Carries the message itself so the real-time push needs no read; the text is private
 * correspondence: nothing may log it ({@link #toString()} leaves it out).
 */
public record MessageSent(UUID messageId, UUID conversationId, UUID senderId, List<UUID> recipientIds, String text,
                          List<UUID> mediaIds, Instant sentAt) implements ConversationEvent {

    public static final String TYPE = "communication.message.sent";

    public MessageSent {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(sentAt, "sentAt");
        recipientIds = recipientIds == null ? List.of() : List.copyOf(recipientIds);
        mediaIds = mediaIds == null ? List.of() : List.copyOf(mediaIds);
    }

    @Override
    public String toString() {
        return "MessageSent[messageId=" + messageId + ", conversationId=" + conversationId + ", senderId=" + senderId
                + ", recipients=" + recipientIds.size() + ", sentAt=" + sentAt + "]";
    }

    @Override
    public String type() {
        return TYPE;
    }
}
