package nova.communication.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** How far one message got with one recipient ({@code message_status}): {@code sent → delivered → read}, never back. */
@Entity
@Table(name = "message_status")
@IdClass(MessageStatus.Key.class)
public class MessageStatus {

    public static final String SENT = "sent";
    public static final String DELIVERED = "delivered";
    public static final String READ = "read";
    static final List<String> ORDER = List.of(SENT, DELIVERED, READ);

    @Id
    @Column(name = "message_id")
    private UUID messageId;

    @Id
    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "conversation_id", nullable = false)
    private UUID conversationId;

    @Column(nullable = false)
    private String status;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MessageStatus() {
    }

    MessageStatus(UUID messageId, UUID userId, UUID conversationId, Instant now) {
        this.messageId = messageId;
        this.userId = userId;
        this.conversationId = conversationId;
        this.status = SENT;
        this.updatedAt = now;
    }

    /** The least advanced of {@code statuses} ({@code sent} for none). */
    static String least(List<String> statuses) {
        return statuses.stream().min((a, b) -> ORDER.indexOf(a) - ORDER.indexOf(b)).orElse(SENT);
    }

    public UUID messageId() {
        return messageId;
    }

    public UUID userId() {
        return userId;
    }

    public String status() {
        return status;
    }

    /** The id class: message and recipient. */
    public static class Key implements Serializable {

        private UUID messageId;
        private UUID userId;

        public Key() {
        }

        public Key(UUID messageId, UUID userId) {
            this.messageId = messageId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(messageId, key.messageId) && Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(messageId, userId);
        }
    }
}
