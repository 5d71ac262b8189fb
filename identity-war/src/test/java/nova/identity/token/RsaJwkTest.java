package nova.identity.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RsaJwkTest {

    /** RFC 7638 §3.1: this key's thumbprint is NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs. */
    static final String RFC_7638_N = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJ"
            + "ECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8"
            + "KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls"
            + "1jF44-csFCur-kEgU8awapJzKnqDKgw";

    @Test
    void theKidIsTheRfc7638Thumbprint() throws Exception {
        RSAPublicKey key = decode(RFC_7638_N, "AQAB");
        assertEquals("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs", RsaJwk.thumbprint(key));
    }

    @Test
    void nAndEDecodeBackToTheSamePublicKey() throws Exception {
        SigningKey key = SigningKey.generate();

        JsonObject jwk = json(RsaJwk.of(key.kid(), key.publicKey()).toJSONString());

        assertEquals("RSA", jwk.getString("kty"));
        assertEquals("sig", jwk.getString("use"));
        assertEquals("RS256", jwk.getString("alg"));
        assertEquals(key.kid(), jwk.getString("kid"));
        assertEquals("AQAB", jwk.getString("e"));
        assertFalse(jwk.getString("n").contains("="), "no padding");
        assertEquals(342, jwk.getString("n").length(), "256 bytes, no sign byte");
        RSAPublicKey decoded = decode(jwk.getString("n"), jwk.getString("e"));
        assertEquals(key.publicKey().getModulus(), decoded.getModulus());
        assertEquals(key.publicKey().getPublicExponent(), decoded.getPublicExponent());
        assertEquals(key.publicKey(), decoded);
        assertEquals(key.kid(), RsaJwk.thumbprint(decoded));
    }

    @Test
    void aSetListsEveryKeyInOrder() {
        SigningKey first = SigningKey.generate();
        SigningKey second = SigningKey.generate();

        JsonObject set = json(RsaJwk.set(List.<Map.Entry<String, RSAPublicKey>>of(
                new SimpleImmutableEntry<>(first.kid(), first.publicKey()),
                new SimpleImmutableEntry<>(second.kid(), second.publicKey()))));

        assertEquals(List.of(first.kid(), second.kid()),
                set.getJsonArray("keys").getValuesAs(JsonObject.class).stream().map(k -> k.getString("kid")).toList());
    }

    @Test
    void aSetCarriesNoPrivateMember() {
        JsonObject jwk = json(RsaJwk.set(List.of(new SimpleImmutableEntry<>("k", SigningKey.generate().publicKey()))))
                .getJsonArray("keys").getJsonObject(0);
        assertEquals(Set.of("kty", "use", "alg", "kid", "n", "e"), jwk.keySet());
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    static RSAPublicKey decode(String n, String e) throws Exception {
        Base64.Decoder b64 = Base64.getUrlDecoder();
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(
                new RSAPublicKeySpec(new BigInteger(1, b64.decode(n)), new BigInteger(1, b64.decode(e))));
    }
}
