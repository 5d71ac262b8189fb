package nova.communication.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One notification ({@code notifications}): the unread group of one recipient's events of one type about one target.
 * It grows by an actor while unread; once read it stays as it is, and the next such event starts a new group.
 */
@Entity
@Table(name = "notifications")
public class NotificationGroup {

    @Id
    private UUID id;

    @Column(name = "recipient_id", nullable = false)
    private UUID recipientId;

    @Column(nullable = false)
    private String type;

    @Column(name = "target_type", nullable = false)
    private String targetType;

    @Column(name = "target_id", nullable = false)
    private UUID targetId;

    @Column(name = "group_key", nullable = false)
    private String groupKey;

    private String detail;

    @Column(name = "actor_count", nullable = false)
    private int actorCount;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected NotificationGroup() {
    }

    static String groupKey(String type, String targetType, UUID targetId) {
        return type + ":" + targetType + ":" + targetId;
    }

    static NotificationGroup started(UUID recipientId, String type, String targetType, UUID targetId, Instant now) {
        NotificationGroup group = new NotificationGroup();
        group.id = UUID.randomUUID();
        group.recipientId = recipientId;
        group.type = type;
        group.targetType = targetType;
        group.targetId = targetId;
        group.groupKey = groupKey(type, targetType, targetId);
        group.createdAt = now;
        group.updatedAt = now;
        return group;
    }

    /** One more actor joined the group. */
    void joined(Instant now) {
        actorCount++;
        updatedAt = now;
    }

    /** Something new happened to the group without a new actor (moderation: the latest action). */
    void touched(String detail, Instant now) {
        this.detail = detail;
        updatedAt = now;
    }

    /** Read now, unless it already was. Returns whether it changed. */
    boolean read(Instant now) {
        if (readAt != null) {
            return false;
        }
        readAt = now;
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID recipientId() {
        return recipientId;
    }

    public String type() {
        return type;
    }

    public String targetType() {
        return targetType;
    }

    public UUID targetId() {
        return targetId;
    }

    public String detail() {
        return detail;
    }

    public int actorCount() {
        return actorCount;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
