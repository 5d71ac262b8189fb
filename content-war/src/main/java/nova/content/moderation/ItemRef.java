package nova.content.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A post, article or comment by kind and id: what a report names and what a moderator acts on. */
@Embeddable
public class ItemRef {

    public static final Set<String> TYPES = Set.of("post", "article", "comment");

    @Column(name = "item_type", nullable = false)
    private String type;

    @Column(name = "item_id", nullable = false)
    private UUID id;

    protected ItemRef() {
        // JPA
    }

    public ItemRef(String type, UUID id) {
        this.type = Objects.requireNonNull(type);
        this.id = Objects.requireNonNull(id);
    }

    public String type() {
        return type;
    }

    public UUID id() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ItemRef ref && ref.type.equals(type) && ref.id.equals(id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, id);
    }

    @Override
    public String toString() {
        return type + "/" + id;
    }
}
