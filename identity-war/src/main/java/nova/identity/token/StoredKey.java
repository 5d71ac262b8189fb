package nova.identity.token;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;

/**
 * One row of {@code signing_keys}: the public key in X.509 DER, the private key (PKCS#8) sealed by
 * {@link KeyEncryption}, when the key was created (the database's clock) and, once it no longer
 * verifies any unexpired token, when it was retired.
 */
public record StoredKey(String kid, byte[] publicKeyDer, byte[] sealedPrivateKey, Instant createdAt,
                        Instant retiredAt) {

    /** What a newly generated key is stored as (the database stamps its creation). */
    public static StoredKey of(SigningKey key, KeyEncryption encryption) {
        return new StoredKey(key.kid(), key.publicKey().getEncoded(),
                encryption.seal(key.kid(), key.privateKey().getEncoded()), null, null);
    }

    public RSAPublicKey publicKey() {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(publicKeyDer));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing key " + kid + " has an unreadable public key", e);
        }
    }

    /** The usable key pair; needs the secret the private key was sealed under. */
    public SigningKey open(KeyEncryption encryption) {
        byte[] pkcs8 = encryption.open(kid, sealedPrivateKey);
        try {
            RSAPrivateKey privateKey = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return new SigningKey(kid, publicKey(), privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing key " + kid + " has an unreadable private key", e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "StoredKey[kid=" + kid + ", createdAt=" + createdAt + ", retiredAt=" + retiredAt + "]";
    }
}
