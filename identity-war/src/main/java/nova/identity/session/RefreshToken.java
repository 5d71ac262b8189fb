package nova.identity.session;

import java.time.Duration;
import java.util.Optional;
import nova.identity.infra.OpaqueSecret;

/**
 * An opaque refresh token as the client holds it: 32 random bytes in base64url (43 characters).
 * Only its SHA-256 is stored, so a copy of the table cannot be replayed ({@link OpaqueSecret}).
 */
public record RefreshToken(String value, byte[] hash) {

    public static final Duration LIFETIME = Duration.ofDays(30);

    public RefreshToken {
        hash = hash.clone();
    }

    public static RefreshToken generate() {
        String value = OpaqueSecret.newValue();
        return new RefreshToken(value, OpaqueSecret.sha256(value));
    }

    /** The stored form of a presented token; empty when it cannot be one of ours (no lookup needed). */
    public static Optional<byte[]> hashOf(String presented) {
        return OpaqueSecret.hashOf(presented);
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public String toString() {
        return "RefreshToken[***]";
    }
}
