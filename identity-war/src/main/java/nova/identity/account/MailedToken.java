package nova.identity.account;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import nova.identity.infra.OpaqueSecret;

/**
 * A single-use token mailed to an account's address (by the communication context, from the event that
 * carries it) and posted back to prove the holder reads that mailbox: 32 random bytes (256 bits) in
 * base64url, 43 characters. Only its SHA-256 is stored, so a copy of the table proves nothing ({@link OpaqueSecret}).
 */
public record MailedToken(String value, byte[] hash) {

    /** What a token is for: each is accepted only for its own purpose. */
    public enum Purpose {
        /** sets a new password without the old one; short-lived, as it takes over the account */
        PASSWORD_RESET(Duration.ofMinutes(30)),
        /** proves the address; a day, as people read mail late */
        EMAIL_VERIFICATION(Duration.ofHours(24));

        /**
         * At most this many tokens of one purpose are sent to one account in {@link #LIMIT_WINDOW}: more
         * requests are answered alike but send nothing, so nobody can flood a mailbox through Nova.
         */
        public static final int LIMIT_PER_WINDOW = 5;
        public static final Duration LIMIT_WINDOW = Duration.ofHours(1);

        private final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }

        public Duration lifetime() {
            return lifetime;
        }

        /** The value in {@code emailed_tokens.purpose}. */
        public String column() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public MailedToken {
        hash = hash.clone();
    }

    public static MailedToken generate() {
        String value = OpaqueSecret.newValue();
        return new MailedToken(value, OpaqueSecret.sha256(value));
    }

    /** The stored form of a presented token; empty when it cannot be one of ours (no lookup needed). */
    public static Optional<byte[]> hashOf(String presented) {
        return OpaqueSecret.hashOf(presented);
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    /** Never the token: it is a secret until it is spent. */
    @Override
    public String toString() {
        return "MailedToken[***]";
    }
}
