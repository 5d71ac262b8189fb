package nova.identity.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;

/**
 * A signing key as stored ({@code signing_keys}): the public key in X.509 DER, the private key (PKCS#8) sealed
 * by {@link KeyEncryption}, when the key was created (the database's clock, stamped by the column's default)
 * and, once it no longer verifies any unexpired token, when it was retired.
 */
@Entity
@Table(name = "signing_keys")
public class StoredKey {

    @Id
    private String kid;

    @Column(nullable = false, updatable = false)
    private String algorithm;

    @Column(name = "public_key", nullable = false, updatable = false)
    private byte[] publicKeyDer;

    @Column(name = "private_key_encrypted", nullable = false, updatable = false)
    private byte[] sealedPrivateKey;

    /** {@code DEFAULT clock_timestamp()}: the clock every replica compares against; read back after the insert */
    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected StoredKey() {
        // for JPA
    }

    public StoredKey(String kid, byte[] publicKeyDer, byte[] sealedPrivateKey, Instant createdAt, Instant retiredAt) {
        this.kid = kid;
        this.algorithm = SigningKey.ALGORITHM;
        this.publicKeyDer = publicKeyDer.clone();
        this.sealedPrivateKey = sealedPrivateKey.clone();
        this.createdAt = createdAt;
        this.retiredAt = retiredAt;
    }

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

    public String kid() {
        return kid;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    @Override
    public String toString() {
        return "StoredKey[kid=" + kid + ", createdAt=" + createdAt + ", retiredAt=" + retiredAt + "]";
    }
}
