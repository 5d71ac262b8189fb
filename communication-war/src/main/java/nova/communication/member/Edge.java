package nova.communication.member;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key of a relation between two members (from → to), the id class of {@link Follow}, {@link Block}, {@link Mute}. */
public class Edge implements Serializable {

    private UUID from;
    private UUID to;

    public Edge() {
    }

    public Edge(UUID from, UUID to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Edge edge && Objects.equals(from, edge.from) && Objects.equals(to, edge.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to);
    }
}
