package nova.identity.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An opaque refresh token as the client holds it: 32 random bytes in base64url (43 characters).
 * Only its SHA-256 is stored, so a copy of the table cannot be replayed.
 */
public record RefreshToken(String value, byte[] hash) {

    public static final Duration LIFETIME = Duration.ofDays(30);
    static final int BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public RefreshToken {
        hash = hash.clone();
    }

    public static RefreshToken generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new RefreshToken(value, sha256(value));
    }

    /** The stored form of a presented token; empty when it cannot be one of ours (no lookup needed). */
    public static Optional<byte[]> hashOf(String presented) {
        if (presented == null || !FORMAT.matcher(presented).matches()) {
            return Optional.empty();
        }
        return Optional.of(sha256(presented));
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "RefreshToken[***]";
    }
}
