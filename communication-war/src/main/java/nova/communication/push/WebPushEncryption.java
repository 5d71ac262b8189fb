package nova.communication.push;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Message encryption for Web Push (RFC 8291) in the {@code aes128gcm} content coding (RFC 8188), on the JDK's
 * own JCA (ECDH on P-256, HMAC-SHA-256 for HKDF, AES-128-GCM): one record, the whole payload, padded with the
 * last-record delimiter only. Thread-safe.
 */
public final class WebPushEncryption {

    /** A push service must accept 4096 bytes of body (RFC 8030 §7.2); the header and tag leave this much payload. */
    public static final int MAX_PAYLOAD = 3_993;
    static final int RECORD_SIZE = 4_096;
    private static final byte[] KEY_INFO = "WebPush: info\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CEK_INFO = "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NONCE_INFO = "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII);
    static final ECParameterSpec P256 = p256();

    private final SecureRandom random = new SecureRandom();

    /** The derived secrets of one message (exposed for the RFC's test vectors). */
    record Keys(byte[] ecdhSecret, byte[] ikm, byte[] cek, byte[] nonce) {
    }

    /**
     * @param uaPublic the subscription's {@code p256dh}: an uncompressed P-256 point (65 bytes)
     * @param authSecret the subscription's {@code auth} (16 bytes)
     * @return the request body: {@code salt(16) | rs(4) | idlen(1) | as_public(65) | ciphertext}
     */
    public byte[] encrypt(byte[] payload, byte[] uaPublic, byte[] authSecret) throws GeneralSecurityException {
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("a push payload is at most " + MAX_PAYLOAD + " bytes");
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        KeyPair as = generator.generateKeyPair();
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return encrypt(payload, uaPublic, authSecret, (ECPrivateKey) as.getPrivate(), (ECPublicKey) as.getPublic(), salt);
    }

    static byte[] encrypt(byte[] payload, byte[] uaPublic, byte[] authSecret, ECPrivateKey asPrivate,
                          ECPublicKey asPublic, byte[] salt) throws GeneralSecurityException {
        byte[] asPublicBytes = encodePoint(asPublic);
        Keys keys = derive(publicKey(uaPublic), uaPublic, asPrivate, asPublicBytes, authSecret, salt);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keys.cek(), "AES"), new GCMParameterSpec(128, keys.nonce()));
        byte[] padded = Arrays.copyOf(payload, payload.length + 1);
        padded[payload.length] = 2; // the last (and only) record's delimiter, no further padding
        byte[] ciphertext = aes.doFinal(padded);
        return ByteBuffer.allocate(16 + 4 + 1 + asPublicBytes.length + ciphertext.length)
                .put(salt).putInt(RECORD_SIZE).put((byte) asPublicBytes.length).put(asPublicBytes).put(ciphertext)
                .array();
    }

    /**
     * RFC 8291 §3.3–3.4 and RFC 8188 §2.2–2.3. Either side computes the same: the sender with its private key and the
     * user agent's public one, the user agent with its private key and the sender's public one.
     */
    static Keys derive(ECPublicKey peer, byte[] uaPublic, ECPrivateKey own, byte[] asPublic, byte[] authSecret,
                       byte[] salt) throws GeneralSecurityException {
        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
        ecdh.init(own);
        ecdh.doPhase(peer, true);
        byte[] ecdhSecret = ecdh.generateSecret();
        byte[] prkKey = hmac(authSecret, ecdhSecret);
        byte[] ikm = hmac(prkKey, concat(KEY_INFO, uaPublic, asPublic, new byte[] {1}));
        byte[] prk = hmac(salt, ikm);
        byte[] cek = Arrays.copyOf(hmac(prk, concat(CEK_INFO, new byte[] {1})), 16);
        byte[] nonce = Arrays.copyOf(hmac(prk, concat(NONCE_INFO, new byte[] {1})), 12);
        return new Keys(ecdhSecret, ikm, cek, nonce);
    }

    static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        ByteBuffer all = ByteBuffer.allocate(length);
        for (byte[] part : parts) {
            all.put(part);
        }
        return all.array();
    }

    /** An uncompressed P-256 point (65 bytes, {@code 0x04 | x | y}) as a public key. */
    public static ECPublicKey publicKey(byte[] uncompressed) throws GeneralSecurityException {
        if (uncompressed.length != 65 || uncompressed[0] != 4) {
            throw new java.security.InvalidKeyException("not an uncompressed P-256 point");
        }
        ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, P256));
    }

    /** A P-256 private key from its scalar (32 bytes). */
    public static ECPrivateKey privateKey(byte[] scalar) throws GeneralSecurityException {
        return (ECPrivateKey) KeyFactory.getInstance("EC")
                .generatePrivate(new ECPrivateKeySpec(new BigInteger(1, scalar), P256));
    }

    /** {@code 0x04 | x | y}, each coordinate 32 bytes. */
    public static byte[] encodePoint(ECPublicKey key) {
        byte[] out = new byte[65];
        out[0] = 4;
        fixed(key.getW().getAffineX(), out, 1);
        fixed(key.getW().getAffineY(), out, 33);
        return out;
    }

    static void fixed(BigInteger value, byte[] out, int offset) {
        byte[] bytes = value.toByteArray();
        int start = bytes.length > 32 ? bytes.length - 32 : 0;
        int length = bytes.length - start;
        System.arraycopy(bytes, start, out, offset + 32 - length, length);
    }

    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 is not available in this JVM", e);
        }
    }
}
