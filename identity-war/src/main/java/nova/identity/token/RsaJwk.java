package nova.identity.token;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;

/** RSA public keys as JSON Web Keys (RFC 7517/7518) and their thumbprints (RFC 7638). */
public final class RsaJwk {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private RsaJwk() {
    }

    /** {@code {"kty":"RSA","use":"sig","alg":"RS256","kid":..,"n":..,"e":..}} */
    public static JsonObject of(String kid, RSAPublicKey key) {
        return Json.createObjectBuilder()
                .add("kty", "RSA")
                .add("use", "sig")
                .add("alg", SigningKey.ALGORITHM)
                .add("kid", kid)
                .add("n", unsigned(key.getModulus()))
                .add("e", unsigned(key.getPublicExponent()))
                .build();
    }

    /** A JWK set: {@code {"keys":[...]}}, in the order given. */
    public static JsonObject set(Collection<Map.Entry<String, RSAPublicKey>> keys) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        keys.forEach(key -> array.add(of(key.getKey(), key.getValue())));
        return Json.createObjectBuilder().add("keys", array).build();
    }

    /**
     * RFC 7638: base64url of SHA-256 over the required members in lexicographic order, no whitespace.
     * Stable for a key, so it serves as the {@code kid}.
     */
    public static String thumbprint(RSAPublicKey key) {
        String canonical = "{\"e\":\"" + unsigned(key.getPublicExponent()) + "\",\"kty\":\"RSA\",\"n\":\""
                + unsigned(key.getModulus()) + "\"}";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return BASE64URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base64url of the big-endian magnitude, without the sign byte BigInteger adds. */
    static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return BASE64URL.encodeToString(bytes);
    }
}
