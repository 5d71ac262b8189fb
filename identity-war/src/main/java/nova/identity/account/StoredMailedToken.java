package nova.identity.account;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code emailed_tokens}: whose it is, what for, the address it went to, and whether it is spent. */
public record StoredMailedToken(byte[] tokenHash, MailedToken.Purpose purpose, UUID userId, String email,
                                Instant createdAt, Instant expiresAt, Instant usedAt) {

    public StoredMailedToken {
        tokenHash = tokenHash.clone();
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

    @Override
    public byte[] tokenHash() {
        return tokenHash.clone();
    }

    @Override
    public String toString() {
        return "StoredMailedToken[" + purpose + ", user=" + userId + ", expiresAt=" + expiresAt + ", used=" + (usedAt != null) + "]";
    }
}
