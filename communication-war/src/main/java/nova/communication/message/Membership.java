package nova.communication.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A member's place in a conversation ({@code conversation_members}); one who left keeps the row, with {@code left_at}. */
@Entity
@Table(name = "conversation_members")
@IdClass(Membership.Key.class)
public class Membership {

    @Id
    @Column(name = "conversation_id")
    private UUID conversationId;

    @Id
    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    protected Membership() {
    }

    Membership(UUID conversationId, UUID userId, Instant now) {
        this.conversationId = conversationId;
        this.userId = userId;
        this.joinedAt = now;
    }

    boolean isActive() {
        return leftAt == null;
    }

    void rejoin(Instant now) {
        leftAt = null;
        joinedAt = now;
    }

    void leave(Instant now) {
        leftAt = now;
    }

    public UUID userId() {
        return userId;
    }

    public UUID conversationId() {
        return conversationId;
    }

    /** The id class: conversation and member. */
    public static class Key implements Serializable {

        private UUID conversationId;
        private UUID userId;

        public Key() {
        }

        public Key(UUID conversationId, UUID userId) {
            this.conversationId = conversationId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(conversationId, key.conversationId)
                    && Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(conversationId, userId);
        }
    }
}
