package nova.communication.push;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** RFC 8291 Appendix A: the intermediate values of the RFC's own example, computed from its inputs. */
class WebPushEncryptionTest {

    static byte[] b64(String text) {
        return Base64.getUrlDecoder().decode(text.replaceAll("\\s", ""));
    }

    static final byte[] AS_PUBLIC = b64("BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8");
    static final byte[] AS_PRIVATE = b64("yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw");
    static final byte[] UA_PUBLIC = b64("BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4");
    static final byte[] UA_PRIVATE = b64("q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94");
    static final byte[] SALT = b64("DGv6ra1nlYgDCS1FRnbzlw");
    static final byte[] AUTH = b64("BTBZMqHH6r4Tts7J_aSIgg");

    @Test
    void theSenderDerivesTheRfcsSecrets() throws Exception {
        WebPushEncryption.Keys keys = WebPushEncryption.derive(WebPushEncryption.publicKey(UA_PUBLIC), UA_PUBLIC,
                WebPushEncryption.privateKey(AS_PRIVATE), AS_PUBLIC, AUTH, SALT);
        assertArrayEquals(b64("kyrL1jIIOHEzg3sM2ZWRHDRB62YACZhhSlknJ672kSs"), keys.ecdhSecret());
        assertArrayEquals(b64("S4lYMb_L0FxCeq0WhDx813KgSYqU26kOyzWUdsXYyrg"), keys.ikm());
        assertArrayEquals(b64("oIhVW04MRdy2XN9CiKLxTg"), keys.cek());
        assertTrue(Base64.getUrlEncoder().withoutPadding().encodeToString(keys.nonce()).startsWith("4h_95klXJ5E"));
    }

    @Test
    void theUserAgentDerivesTheSameFromItsSide() throws Exception {
        WebPushEncryption.Keys sender = WebPushEncryption.derive(WebPushEncryption.publicKey(UA_PUBLIC), UA_PUBLIC,
                WebPushEncryption.privateKey(AS_PRIVATE), AS_PUBLIC, AUTH, SALT);
        WebPushEncryption.Keys receiver = WebPushEncryption.derive(WebPushEncryption.publicKey(AS_PUBLIC), UA_PUBLIC,
                WebPushEncryption.privateKey(UA_PRIVATE), AS_PUBLIC, AUTH, SALT);
        assertArrayEquals(sender.cek(), receiver.cek());
        assertArrayEquals(sender.nonce(), receiver.nonce());
    }

    @Test
    void theRfcsMessageIsEncryptedAsTheRfcSays() throws Exception {
        byte[] plaintext = "When I grow up, I want to be a watermelon".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(b64("V2hlbiBJIGdyb3cgdXAsIEkgd2FudCB0byBiZSBhIHdhdGVybWVsb24"), plaintext);
        ECPrivateKey asPrivate = WebPushEncryption.privateKey(AS_PRIVATE);
        ECPublicKey asPublic = WebPushEncryption.publicKey(AS_PUBLIC);
        byte[] body = WebPushEncryption.encrypt(plaintext, UA_PUBLIC, AUTH, asPrivate, asPublic, SALT);
        // header: salt, rs 4096, idlen 65, keyid = as_public (RFC 8291 §4)
        assertArrayEquals(SALT, java.util.Arrays.copyOf(body, 16));
        assertEquals(4096, java.nio.ByteBuffer.wrap(body, 16, 4).getInt());
        assertEquals(65, body[20]);
        assertArrayEquals(AS_PUBLIC, java.util.Arrays.copyOfRange(body, 21, 86));
        assertEquals(86 + plaintext.length + 1 + 16, body.length);
        assertArrayEquals(plaintext, PushReceiver.decrypt(body, WebPushEncryption.privateKey(UA_PRIVATE), UA_PUBLIC, AUTH));
    }

    @Test
    void aPayloadOverTheLimitIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new WebPushEncryption().encrypt(new byte[WebPushEncryption.MAX_PAYLOAD + 1], UA_PUBLIC, AUTH));
    }

    @Test
    void aKeyThatIsNotAPointIsRefused() {
        byte[] bad = UA_PUBLIC.clone();
        bad[10] ^= 1;
        assertThrows(java.security.GeneralSecurityException.class,
                () -> new WebPushEncryption().encrypt(new byte[10], bad, AUTH));
    }
}
