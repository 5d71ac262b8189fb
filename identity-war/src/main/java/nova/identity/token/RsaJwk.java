package nova.identity.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** RSA public keys as JSON Web Keys (RFC 7517/7518) and their thumbprints (RFC 7638), by Nimbus JOSE+JWT. */
public final class RsaJwk {

    private RsaJwk() {
    }

    /** {@code {"kty":"RSA","use":"sig","alg":"RS256","kid":..,"n":..,"e":..}}: the public key only. */
    public static RSAKey of(String kid, RSAPublicKey key) {
        return new RSAKey.Builder(key)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .keyID(kid)
                .build();
    }

    /** A JWK set as JSON, {@code {"keys":[...]}}, in the order given; public members only. */
    public static String set(Collection<Map.Entry<String, RSAPublicKey>> keys) {
        List<JWK> jwks = keys.stream().<JWK>map(key -> of(key.getKey(), key.getValue())).toList();
        return new JWKSet(jwks).toString(true);
    }

    /**
     * RFC 7638: base64url of SHA-256 over the required members in lexicographic order, no whitespace.
     * Stable for a key, so it serves as the {@code kid}.
     */
    public static String thumbprint(RSAPublicKey key) {
        try {
            return new RSAKey.Builder(key).build().computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
