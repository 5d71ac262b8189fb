package nova.identity.token;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/** An RSA key pair that signs access tokens (RS256), named by its {@code kid}: the key's RFC 7638 thumbprint. */
public record SigningKey(String kid, RSAPublicKey publicKey, RSAPrivateKey privateKey) {

    public static final String ALGORITHM = "RS256";
    static final int RSA_BITS = 2048;

    public static SigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS);
            KeyPair pair = generator.generateKeyPair();
            RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
            return new SigningKey(RsaJwk.thumbprint(publicKey), publicKey, (RSAPrivateKey) pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + "]";
    }
}
