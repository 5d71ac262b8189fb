package nova.search.index;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A member as one generation knows them ({@code search_users}): names, discoverability and standing. */
@Entity
@Table(name = "search_users")
@IdClass(IndexedMember.Key.class)
class IndexedMember {

    @Id
    private long generation;

    @Id
    private UUID id;

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name")
    private String displayName;

    @Column(nullable = false)
    private boolean discoverable = true;

    @Column(nullable = false)
    private boolean banned;

    @Column(nullable = false)
    private boolean deleted;

    protected IndexedMember() {
    }

    IndexedMember(long generation, UUID id, String username) {
        this.generation = generation;
        this.id = id;
        this.username = username;
    }

    void rename(String username, String displayName) {
        if (username != null) {
            this.username = username;
        }
        this.displayName = displayName;
    }

    void discoverable(boolean discoverable) {
        this.discoverable = discoverable;
    }

    void banned(boolean banned) {
        this.banned = banned;
    }

    void delete() {
        this.deleted = true;
        this.displayName = null;
    }

    boolean deleted() {
        return deleted;
    }

    /** The composite key: generation, id. */
    public static class Key implements Serializable {
        long generation;
        UUID id;

        public Key() {
        }

        Key(long generation, UUID id) {
            this.generation = generation;
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.generation == generation && k.id.equals(id);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(generation, id);
        }
    }
}
