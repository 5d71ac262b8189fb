package nova.content.follower;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** {@code followerId} follows {@code followeeId} since {@code since}, as social said. */
@Entity
@Table(name = "followers")
public class Follow {

    @Embeddable
    public record Pair(@Column(name = "followee_id") UUID followeeId, @Column(name = "follower_id") UUID followerId)
            implements Serializable {
    }

    @EmbeddedId
    private Pair pair;

    @Column(name = "since", nullable = false)
    private Instant since;

    protected Follow() {
    }

    Follow(UUID followerId, UUID followeeId, Instant since) {
        this.pair = new Pair(followeeId, followerId);
        this.since = since;
    }
}
