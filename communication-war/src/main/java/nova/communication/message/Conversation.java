package nova.communication.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A conversation ({@code conversations}): {@code direct} between two members for good (one per pair: its
 * {@code direct_key}), or a {@code group} members join and leave.
 */
@Entity
@Table(name = "conversations")
public class Conversation {

    public static final String DIRECT = "direct";
    public static final String GROUP = "group";

    @Id
    private UUID id;

    @Column(nullable = false)
    private String kind;

    private String title;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "direct_key")
    private String directKey;

    @Column(name = "last_message_id")
    private UUID lastMessageId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    protected Conversation() {
    }

    /** The key that makes a pair's direct conversation one: both ids, smaller first. */
    static String directKey(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? a + ":" + b : b + ":" + a;
    }

    static Conversation direct(UUID creator, UUID other, Instant now) {
        Conversation conversation = started(DIRECT, null, creator, now);
        conversation.directKey = directKey(creator, other);
        return conversation;
    }

    static Conversation group(String title, UUID creator, Instant now) {
        return started(GROUP, title, creator, now);
    }

    private static Conversation started(String kind, String title, UUID creator, Instant now) {
        Conversation conversation = new Conversation();
        conversation.id = UUID.randomUUID();
        conversation.kind = kind;
        conversation.title = title;
        conversation.createdBy = creator;
        conversation.createdAt = now;
        conversation.lastActivityAt = now;
        return conversation;
    }

    void messaged(UUID messageId, Instant now) {
        lastMessageId = messageId;
        lastActivityAt = now;
    }

    void changed(Instant now) {
        lastActivityAt = now;
    }

    public UUID id() {
        return id;
    }

    public boolean isDirect() {
        return DIRECT.equals(kind);
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public UUID lastMessageId() {
        return lastMessageId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }
}
