package nova.identity.token;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Private signing keys at rest: AES-256-GCM under a key derived from a secret with
 * PBKDF2WithHmacSHA256. The salt and iteration count travel in the sealed bytes, so they can
 * change later; each derived key is computed once per process. The key id is authenticated
 * data: a sealed key copied to another row does not open.
 *
 * <pre>
 * sealed = version (1 byte, 1) | iterations (4 bytes) | salt (16) | nonce (12) | ciphertext + GCM tag (16)
 * </pre>
 */
public final class KeyEncryption {

    static final int ITERATIONS = 600_000;
    private static final byte VERSION = 1;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_BYTES = 1 + 4 + SALT_BYTES + NONCE_BYTES;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final char[] secret;
    private final int iterations;
    private final Map<String, SecretKey> derived = new ConcurrentHashMap<>();
    /** New keys share one salt per process, so sealing never derives twice. */
    private final byte[] salt = new byte[SALT_BYTES];

    public KeyEncryption(String secret) {
        this(secret, ITERATIONS);
    }

    KeyEncryption(String secret, int iterations) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the key-encryption secret is empty");
        }
        this.secret = secret.toCharArray();
        this.iterations = iterations;
        RANDOM.nextBytes(salt);
    }

    public byte[] seal(String kid, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(salt, iterations), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(HEADER_BYTES + ciphertext.length)
                    .put(VERSION).putInt(iterations).put(salt).put(nonce).put(ciphertext)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt key " + kid, e);
        }
    }

    /**
     * @throws KeySecretMismatch when the bytes were sealed under another secret (or for another kid, or altered)
     */
    public byte[] open(String kid, byte[] sealed) {
        if (sealed.length <= HEADER_BYTES || sealed[0] != VERSION) {
            throw new IllegalArgumentException("key " + kid + " is not sealed in a known format");
        }
        ByteBuffer in = ByteBuffer.wrap(sealed);
        in.get();
        int rounds = in.getInt();
        byte[] keySalt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        in.get(keySalt).get(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(keySalt, rounds), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, HEADER_BYTES, sealed.length - HEADER_BYTES);
        } catch (AEADBadTagException e) {
            throw new KeySecretMismatch(kid);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt key " + kid, e);
        }
    }

    private SecretKey key(byte[] keySalt, int rounds) {
        if (rounds < 1 || rounds > 10_000_000) {
            throw new IllegalArgumentException("implausible PBKDF2 iteration count " + rounds);
        }
        return derived.computeIfAbsent(HexFormat.of().formatHex(keySalt) + ":" + rounds, ignored -> {
            PBEKeySpec spec = new PBEKeySpec(secret, keySalt, rounds, 256);
            try {
                byte[] bytes = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
                try {
                    return new SecretKeySpec(bytes, "AES");
                } finally {
                    Arrays.fill(bytes, (byte) 0);
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot derive the key-encryption key", e);
            } finally {
                spec.clearPassword();
            }
        });
    }

    /** The stored key was encrypted under a different {@code nova.jwt.key.secret}. */
    public static class KeySecretMismatch extends IllegalStateException {
        KeySecretMismatch(String kid) {
            super("signing key " + kid + " cannot be decrypted: nova.jwt.key.secret (NOVA_JWT_KEY_SECRET) is not the "
                    + "secret it was encrypted with. Restore that secret, or retire the key (set signing_keys.retired_at) "
                    + "so a new one is generated.");
        }
    }
}
