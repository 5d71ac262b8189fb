package nova.identity.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes and verifies passwords with argon2id (Bouncy Castle). New hashes use {@link #cost()};
 * a stored hash verifies with the parameters written in it, and {@link #needsRehash} tells when
 * it is weaker than today's.
 * <p>
 * A password is hashed in Unicode normalization form NFKC (NIST SP 800-63B 5.1.1.2): "é" typed as one
 * character or as "e" and a combining accent, or digits typed full-width on a phone keyboard, are the
 * same password. Hashes made before passwords were normalized still verify with what was typed.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Each hash takes {@code memoryKiB} of heap and one core for its whole run: more hashes at once
     * than cores only adds memory (19 MiB each) without finishing sooner.
     */
    private final Semaphore running = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);
    private final Argon2Cost cost;
    /** Random salt and random "hash": no password matches it, and checking one costs a real verification. */
    private final String decoy;

    public PasswordHasher() {
        this(Argon2Cost.CURRENT);
    }

    public PasswordHasher(Argon2Cost cost) {
        this.cost = cost;
        this.decoy = new PasswordHash(cost, random(SALT_BYTES), random(HASH_BYTES)).toPhc();
    }

    public Argon2Cost cost() {
        return cost;
    }

    /** A new PHC string for {@code password} (normalized), with a fresh random salt. */
    public String hash(String password) {
        byte[] salt = random(SALT_BYTES);
        return new PasswordHash(cost, salt, derive(normalized(password), cost, salt, HASH_BYTES)).toPhc();
    }

    /** Whether {@code password} matches the stored hash; false (never an exception) when the hash is unreadable. */
    public boolean verify(String password, String storedPhc) {
        PasswordHash stored;
        try {
            stored = PasswordHash.parse(storedPhc);
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] expected = stored.hash();
        String normalized = normalized(password);
        if (MessageDigest.isEqual(expected, derive(normalized, stored.cost(), stored.salt(), expected.length))) {
            return true;
        }
        // a hash made before normalization, of a password typed in another form: costs a second
        // derivation only for such passwords (most are ASCII, which normalization leaves alone)
        return !Objects.equals(normalized, password)
                && MessageDigest.isEqual(expected, derive(password, stored.cost(), stored.salt(), expected.length));
    }

    /** {@code password} in NFKC; null stays null (it derives like the empty password). */
    static String normalized(String password) {
        return password == null || Normalizer.isNormalized(password, Normalizer.Form.NFKC) ? password
                : Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    /**
     * Does the work of a verification for an account that does not exist, so that an unknown login
     * takes as long as a wrong password.
     */
    public void verifyDecoy(String password) {
        verify(password, decoy);
    }

    /** Whether the stored hash was made with weaker parameters (or a shorter salt or hash) than new ones are. */
    public boolean needsRehash(String storedPhc) {
        try {
            PasswordHash stored = PasswordHash.parse(storedPhc);
            return stored.cost().isWeakerThan(cost) || stored.salt().length < SALT_BYTES
                    || stored.hash().length < HASH_BYTES;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** argon2id of exactly {@code password} as given. */
    byte[] derive(String password, Argon2Cost with, byte[] salt, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(with.memoryKiB())
                .withIterations(with.iterations())
                .withParallelism(with.parallelism())
                .withSalt(salt)
                .build();
        byte[] secret = utf8(password == null ? "" : password);
        try {
            running.acquireUninterruptibly();
            try {
                Argon2BytesGenerator generator = new Argon2BytesGenerator();
                generator.init(parameters);
                byte[] out = new byte[length];
                generator.generateBytes(secret, out);
                return out;
            } finally {
                running.release();
            }
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static byte[] utf8(String text) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(text));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
