package nova.communication.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One member who acted in a notification's group ({@code notification_actors}), counted once however often. */
@Entity
@Table(name = "notification_actors")
@IdClass(NotificationActor.Key.class)
public class NotificationActor {

    @Id
    @Column(name = "notification_id")
    private UUID notificationId;

    @Id
    @Column(name = "actor_id")
    private UUID actorId;

    @Column(name = "acted_at", nullable = false)
    private Instant actedAt;

    protected NotificationActor() {
    }

    NotificationActor(UUID notificationId, UUID actorId, Instant actedAt) {
        this.notificationId = notificationId;
        this.actorId = actorId;
        this.actedAt = actedAt;
    }

    void actedAgain(Instant now) {
        actedAt = now;
    }

    public UUID actorId() {
        return actorId;
    }

    public UUID notificationId() {
        return notificationId;
    }

    /** The id class: notification and actor. */
    public static class Key implements Serializable {

        private UUID notificationId;
        private UUID actorId;

        public Key() {
        }

        public Key(UUID notificationId, UUID actorId) {
            this.notificationId = notificationId;
            this.actorId = actorId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(notificationId, key.notificationId)
                    && Objects.equals(actorId, key.actorId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(notificationId, actorId);
        }
    }
}
