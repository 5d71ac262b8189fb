package nova.social.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One directed tie: {@code source} follows, asks to follow, blocks or mutes {@code target}. */
@Entity
@Table(name = "relationships")
@IdClass(Tie.Key.class)
public class Tie {

    /** What a tie says; stored as its lower-case name. */
    public enum Kind {
        follow, request, block, mute
    }

    /** The primary key: one tie of each kind per ordered pair. */
    public static class Key implements Serializable {
        private UUID sourceId;
        private UUID targetId;
        private Kind kind;

        public Key() {
        }

        public Key(UUID sourceId, UUID targetId, Kind kind) {
            this.sourceId = sourceId;
            this.targetId = targetId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(sourceId, key.sourceId)
                    && java.util.Objects.equals(targetId, key.targetId) && kind == key.kind;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(sourceId, targetId, kind);
        }
    }

    @Id
    @Column(name = "source_id")
    private UUID sourceId;

    @Id
    @Column(name = "target_id")
    private UUID targetId;

    @Id
    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Tie() {
    }

    Tie(UUID sourceId, UUID targetId, Kind kind, Instant createdAt) {
        this.sourceId = sourceId;
        this.targetId = targetId;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    public UUID sourceId() {
        return sourceId;
    }

    public UUID targetId() {
        return targetId;
    }

    public Kind kind() {
        return kind;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
