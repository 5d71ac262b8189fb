package nova.identity.token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeyEncryptionTest {

    static final byte[] PLAINTEXT = "a PKCS#8 private key, say".getBytes(StandardCharsets.US_ASCII);

    @Test
    void sealedBytesOpenUnderTheSameSecret() {
        KeyEncryption encryption = new KeyEncryption("correct-secret-for-tests");

        byte[] sealed = encryption.seal("kid-1", PLAINTEXT);

        assertEquals(1, sealed[0], "format version");
        assertEquals(KeyEncryption.ITERATIONS, ByteBuffer.wrap(sealed, 1, 4).getInt(), "PBKDF2 iterations are stored");
        assertTrue(KeyEncryption.ITERATIONS >= 100_000);
        assertArrayEquals(PLAINTEXT, encryption.open("kid-1", sealed));
        // another process (a new instance) derives the key again from the stored salt
        assertArrayEquals(PLAINTEXT, new KeyEncryption("correct-secret-for-tests").open("kid-1", sealed));
    }

    @Test
    void aWrongSecretCannotOpenThemAndSaysWhy() {
        byte[] sealed = new KeyEncryption("correct-secret-for-tests", 1_000).seal("kid-1", PLAINTEXT);

        var failure = assertThrows(KeyEncryption.KeySecretMismatch.class,
                () -> new KeyEncryption("wrong-secret-for-tests", 1_000).open("kid-1", sealed));
        assertTrue(failure.getMessage().contains("NOVA_JWT_KEY_SECRET"), failure.getMessage());
    }

    @Test
    void sealedBytesBelongToTheirKid() {
        KeyEncryption encryption = new KeyEncryption("correct-secret-for-tests", 1_000);
        byte[] sealed = encryption.seal("kid-1", PLAINTEXT);

        assertThrows(KeyEncryption.KeySecretMismatch.class, () -> encryption.open("kid-2", sealed));
    }

    @Test
    void alteredBytesDoNotOpen() {
        KeyEncryption encryption = new KeyEncryption("correct-secret-for-tests", 1_000);
        byte[] sealed = encryption.seal("kid-1", PLAINTEXT);
        sealed[sealed.length - 1] ^= 1;

        assertThrows(KeyEncryption.KeySecretMismatch.class, () -> encryption.open("kid-1", sealed));
    }

    @Test
    void eachSealingUsesAFreshNonce() {
        KeyEncryption encryption = new KeyEncryption("correct-secret-for-tests", 1_000);
        assertNotEquals(ByteBuffer.wrap(encryption.seal("kid-1", PLAINTEXT)),
                ByteBuffer.wrap(encryption.seal("kid-1", PLAINTEXT)));
    }

    @Test
    void anEmptySecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new KeyEncryption(" "));
    }

    @Test
    void aStoredKeyOpensToTheSameKeyPair() {
        KeyEncryption encryption = new KeyEncryption("correct-secret-for-tests", 1_000);
        SigningKey key = SigningKey.generate();

        StoredKey stored = StoredKey.of(key, encryption);
        SigningKey opened = stored.open(encryption);

        assertEquals(key.kid(), stored.kid());
        assertEquals(key.publicKey(), stored.publicKey());
        assertEquals(key.privateKey(), opened.privateKey());
        assertEquals(key.publicKey(), opened.publicKey());
        assertThrows(KeyEncryption.KeySecretMismatch.class,
                () -> stored.open(new KeyEncryption("wrong-secret-for-tests", 1_000)));
    }
}
