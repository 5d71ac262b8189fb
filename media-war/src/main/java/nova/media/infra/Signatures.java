package nova.media.infra;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures of what this context hands out (upload tickets, private file URLs) under the secret
 * {@code nova.media.signing.secret}. Each use signs its own purpose in front of the message, so a signature made
 * for one use is never valid for another.
 */
public final class Signatures {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;

    public Signatures(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("no signing secret");
        }
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The base64url signature of {@code message} for {@code purpose}. */
    public String sign(String purpose, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return B64.encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Whether {@code signature} is this secret's for {@code purpose} and {@code message} (in constant time). */
    public boolean verify(String purpose, String message, String signature) {
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(purpose, message).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
