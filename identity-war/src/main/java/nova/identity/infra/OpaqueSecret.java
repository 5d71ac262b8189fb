package nova.identity.infra;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The bearer secrets identity hands out and takes back (refresh tokens, mailed tokens): 32 random bytes
 * (256 bits) in base64url without padding, 43 characters, kept only as their SHA-256 so that a copy of a
 * table proves nothing.
 */
public final class OpaqueSecret {

    static final int BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private OpaqueSecret() {
    }

    /** A new secret's value, as the holder gets it. */
    public static String newValue() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a presented secret; empty when it cannot be one of ours (no lookup needed). */
    public static Optional<byte[]> hashOf(String presented) {
        if (presented == null || !FORMAT.matcher(presented).matches()) {
            return Optional.empty();
        }
        return Optional.of(sha256(presented));
    }

    /** The stored form of a value this class made. */
    public static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
