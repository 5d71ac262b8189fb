package nova.content.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A member whose account is deleted ({@code deleted_authors}): their items stay hidden for good, whatever
 * {@code user.unbanned} arrives later.
 */
@Entity
@Table(name = "deleted_authors")
public class DeletedAuthor {

    @Id
    @Column(name = "author_id")
    private UUID authorId;

    @Column(name = "deleted_at", nullable = false)
    private Instant deletedAt;

    protected DeletedAuthor() {
        // JPA
    }

    DeletedAuthor(UUID authorId, Instant deletedAt) {
        this.authorId = authorId;
        this.deletedAt = deletedAt;
    }
}
