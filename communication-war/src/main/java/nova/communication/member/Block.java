package nova.communication.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;

/** {@code blocks}: {@code from} blocks {@code to}, as social last said. */
@Entity
@Table(name = "blocks")
@IdClass(Edge.class)
public class Block {

    @Id
    @Column(name = "blocker_id")
    private UUID from;

    @Id
    @Column(name = "blocked_id")
    private UUID to;

    protected Block() {
    }

    Block(UUID from, UUID to) {
        this.from = from;
        this.to = to;
    }
}
