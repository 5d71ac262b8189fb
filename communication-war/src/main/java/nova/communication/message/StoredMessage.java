package nova.communication.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/** A message ({@code messages}); {@code seq}, given by the database, orders a conversation's pages and catch-up. */
@Entity
@Table(name = "messages")
public class StoredMessage {

    @Id
    private UUID id;

    // an identity column PostgreSQL fills; read back after the insert
    @Generated
    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(name = "conversation_id", nullable = false)
    private UUID conversationId;

    @Column(name = "sender_id", nullable = false)
    private UUID senderId;

    private String text;

    // comma-separated ids: at most four, only ever read whole
    @Column(name = "media_ids", nullable = false)
    private String mediaIds;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected StoredMessage() {
    }

    StoredMessage(UUID conversationId, UUID senderId, String text, List<UUID> mediaIds, Instant now) {
        this.id = UUID.randomUUID();
        this.conversationId = conversationId;
        this.senderId = senderId;
        this.text = text;
        this.mediaIds = String.join(",", mediaIds.stream().map(UUID::toString).toList());
        this.sentAt = now;
    }

    public UUID id() {
        return id;
    }

    public long seq() {
        return seq;
    }

    public UUID conversationId() {
        return conversationId;
    }

    public UUID senderId() {
        return senderId;
    }

    public String text() {
        return text;
    }

    public List<UUID> mediaIds() {
        return mediaIds == null || mediaIds.isEmpty() ? List.of()
                : Arrays.stream(mediaIds.split(",")).map(UUID::fromString).toList();
    }

    public Instant sentAt() {
        return sentAt;
    }
}
