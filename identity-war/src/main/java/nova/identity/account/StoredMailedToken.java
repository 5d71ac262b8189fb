package nova.identity.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A token mailed to an account ({@code emailed_tokens}), kept as its SHA-256: whose it is, what for, the
 * address it went to, and whether it is spent.
 */
@Entity
@Table(name = "emailed_tokens")
public class StoredMailedToken {

    @Id
    @Column(name = "token_hash")
    private byte[] tokenHash;

    /** {@link MailedToken.Purpose#column()} */
    @Column(nullable = false)
    private String purpose;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(nullable = false)
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected StoredMailedToken() {
        // for JPA
    }

    public StoredMailedToken(byte[] tokenHash, MailedToken.Purpose purpose, UUID userId, String email,
                             Instant createdAt, Instant expiresAt, Instant usedAt) {
        this.tokenHash = tokenHash.clone();
        this.purpose = purpose.column();
        this.userId = userId;
        this.email = email;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.usedAt = usedAt;
    }

    /** A new, unspent token for {@code purpose}, valid for the purpose's lifetime from {@code now}. */
    public static StoredMailedToken issue(MailedToken token, MailedToken.Purpose purpose, UUID userId, String email,
                                          Instant now) {
        return new StoredMailedToken(token.hash(), purpose, userId, email, now, now.plus(purpose.lifetime()), null);
    }

    /**
     * Whether it can be spent at {@code now}: unspent and not expired. An unknown, spent or expired token is
     * refused with one answer: which one it was is nobody's business.
     */
    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public byte[] tokenHash() {
        return tokenHash.clone();
    }

    public MailedToken.Purpose purpose() {
        return MailedToken.Purpose.valueOf(purpose.toUpperCase(Locale.ROOT));
    }

    public UUID userId() {
        return userId;
    }

    public String email() {
        return email;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }

    @Override
    public String toString() {
        return "StoredMailedToken[" + purpose + ", user=" + userId + ", expiresAt=" + expiresAt + ", used=" + (usedAt != null) + "]";
    }
}
