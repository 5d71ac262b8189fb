package nova.communication.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;

/** {@code follows}: {@code from} follows {@code to}, as social last said. */
@Entity
@Table(name = "follows")
@IdClass(Edge.class)
public class Follow {

    @Id
    @Column(name = "follower_id")
    private UUID from;

    @Id
    @Column(name = "followee_id")
    private UUID to;

    protected Follow() {
    }

    Follow(UUID from, UUID to) {
        this.from = from;
        this.to = to;
    }
}
