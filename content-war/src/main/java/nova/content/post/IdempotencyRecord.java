package nova.content.post;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import nova.content.infra.Refusals;
import nova.contracts.content.PostDraft;
import nova.platform.problem.Rejection;

/**
 * An {@code Idempotency-Key} an author used to create a post: the same key and the same draft within
 * {@link #LIFETIME} answer that post again; the same key with another draft is a conflict. Only a digest of the
 * draft is kept.
 */
@Entity
@Table(name = "post_idempotency_keys")
public class IdempotencyRecord {

    static final Duration LIFETIME = Duration.ofHours(24);
    static final int MAX_KEY = 255;

    @Embeddable
    public record Key(@Column(name = "author_id") UUID authorId, @Column(name = "key") String key) implements Serializable {
    }

    @EmbeddedId
    private Key id;

    @Column(name = "request_hash", nullable = false)
    private String requestHash;

    @Column(name = "post_id", nullable = false)
    private UUID postId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(UUID authorId, String key, PostDraft draft, UUID postId, Instant now) {
        this.id = new Key(authorId, key);
        this.requestHash = digest(draft);
        this.postId = postId;
        this.createdAt = now;
    }

    /** The key as the header gave it, or empty without one. @throws Rejection 400 on {@code Idempotency-Key} over 255 characters */
    static Optional<String> checkedKey(String header) {
        if (header == null || header.isEmpty()) {
            return Optional.empty();
        }
        if (header.length() > MAX_KEY) {
            throw Rejection.invalidInput("Idempotency-Key", "at most " + MAX_KEY + " characters");
        }
        return Optional.of(header);
    }

    boolean expiredAt(Instant now) {
        return createdAt.plus(LIFETIME).isBefore(now);
    }

    /**
     * The post this key created, for a retry of the same draft.
     *
     * @throws Rejection 409 {@code idempotency-conflict} for another draft under the same key
     */
    UUID replay(PostDraft draft) {
        if (!requestHash.equals(digest(draft))) {
            throw Refusals.idempotencyConflict();
        }
        return postId;
    }

    /** A digest of everything the draft says (a record's text form names every component, nulls included). */
    static String digest(PostDraft draft) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(draft.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
