package nova.communication.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;

/** {@code mutes}: {@code from} mutes {@code to}, as social last said. */
@Entity
@Table(name = "mutes")
@IdClass(Edge.class)
public class Mute {

    @Id
    @Column(name = "muter_id")
    private UUID from;

    @Id
    @Column(name = "muted_id")
    private UUID to;

    protected Mute() {
    }

    Mute(UUID from, UUID to) {
        this.from = from;
        this.to = to;
    }
}
