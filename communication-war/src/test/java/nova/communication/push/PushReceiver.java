package nova.communication.push;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.interfaces.ECPrivateKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A push service played by the test, on a local port: it checks each request as a push service would (RFC 8030
 * headers, the VAPID token's ES256 signature by the key in {@code k}, its audience and expiry, RFC 8292) and decrypts
 * the body as the subscribed user agent would, with its private key (RFC 8291). It answers what the test sets.
 */
public final class PushReceiver implements AutoCloseable {

    public record Received(byte[] plaintext, String ttl, String urgency, String subject, String audience, Instant expires,
                    String vapidKey) {
    }

    private static final Pattern VAPID = Pattern.compile("vapid t=([A-Za-z0-9_\\-.]+), k=([A-Za-z0-9_\\-]+)");

    public final List<Received> received = new CopyOnWriteArrayList<>();
    public final List<String> refusals = new CopyOnWriteArrayList<>();
    public volatile int answer = 201;
    /** While above zero, each checked request is answered 503 (and counted down): a push service having a bad moment. */
    public final java.util.concurrent.atomic.AtomicInteger unavailable = new java.util.concurrent.atomic.AtomicInteger();
    /** When each checked request arrived, in order. */
    public final List<Instant> arrivals = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final ECPrivateKey uaPrivate;
    private final byte[] uaPublic;
    private final byte[] auth;

    public PushReceiver(ECPrivateKey uaPrivate, byte[] uaPublic, byte[] auth) throws IOException {
        this.uaPrivate = uaPrivate;
        this.uaPublic = uaPublic;
        this.auth = auth;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/push/", exchange -> {
            int status;
            try {
                byte[] body = exchange.getRequestBody().readAllBytes();
                received.add(check(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Content-Encoding"),
                        exchange.getRequestHeaders().getFirst("TTL"), exchange.getRequestHeaders().getFirst("Urgency"),
                        exchange.getRequestHeaders().getFirst("Authorization"), body));
                arrivals.add(Instant.now());
                status = unavailable.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : answer;
            } catch (Exception e) {
                refusals.add(e.toString());
                status = 400;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String endpoint(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/push/" + id;
    }

    private Received check(String method, String encoding, String ttl, String urgency, String authorization,
                           byte[] body) throws Exception {
        if (!"POST".equals(method) || !"aes128gcm".equals(encoding) || ttl == null) {
            throw new IllegalStateException("not a Web Push request: " + method + " " + encoding + " " + ttl);
        }
        Matcher vapid = VAPID.matcher(authorization == null ? "" : authorization);
        if (!vapid.matches()) {
            throw new IllegalStateException("no VAPID authorization");
        }
        SignedJWT jwt = SignedJWT.parse(vapid.group(1));
        if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())
                || !jwt.verify(new ECDSAVerifier(WebPushEncryption.publicKey(Base64.getUrlDecoder().decode(vapid.group(2)))))) {
            throw new IllegalStateException("the VAPID token's signature does not verify with its k");
        }
        Instant expires = jwt.getJWTClaimsSet().getExpirationTime().toInstant();
        if (!expires.isAfter(Instant.now()) || expires.isAfter(Instant.now().plusSeconds(24 * 3600))) {
            throw new IllegalStateException("exp not within 24 h");
        }
        return new Received(decrypt(body, uaPrivate, uaPublic, auth), ttl, urgency, jwt.getJWTClaimsSet().getSubject(),
                jwt.getJWTClaimsSet().getAudience().get(0), expires, vapid.group(2));
    }

    /** The user agent's side of RFC 8291: the sender's key from the header, the same derivation, AES-GCM open. */
    static byte[] decrypt(byte[] body, ECPrivateKey uaPrivate, byte[] uaPublic, byte[] auth) throws GeneralSecurityException {
        byte[] salt = Arrays.copyOf(body, 16);
        int recordSize = ByteBuffer.wrap(body, 16, 4).getInt();
        int idLength = body[20];
        byte[] asPublic = Arrays.copyOfRange(body, 21, 21 + idLength);
        byte[] ciphertext = Arrays.copyOfRange(body, 21 + idLength, body.length);
        if (ciphertext.length > recordSize) {
            throw new GeneralSecurityException("more than one record");
        }
        WebPushEncryption.Keys keys = WebPushEncryption.derive(WebPushEncryption.publicKey(asPublic), uaPublic,
                uaPrivate, asPublic, auth, salt);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(keys.cek(), "AES"), new GCMParameterSpec(128, keys.nonce()));
        byte[] padded = aes.doFinal(ciphertext);
        int end = padded.length - 1;
        while (end >= 0 && padded[end] == 0) {
            end--;
        }
        if (end < 0 || padded[end] != 2) {
            throw new GeneralSecurityException("no last-record delimiter");
        }
        return Arrays.copyOf(padded, end);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
