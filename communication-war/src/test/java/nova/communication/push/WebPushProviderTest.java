package nova.communication.push;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import nova.communication.push.DeliveryProvider.Destination;
import nova.communication.push.DeliveryProvider.DeliveryResult.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link WebPushProvider} against a push service played by the test on a local port ({@link PushReceiver}). */
class WebPushProviderTest {

    static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    PushReceiver receiver;
    WebPushProvider provider;
    Destination subscription;
    byte[] vapidPublic;

    static KeyPair p256() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    @BeforeEach
    void setUp() throws Exception {
        KeyPair ua = p256();
        byte[] uaPublic = WebPushEncryption.encodePoint((ECPublicKey) ua.getPublic());
        byte[] auth = new byte[16];
        new SecureRandom().nextBytes(auth);
        receiver = new PushReceiver((ECPrivateKey) ua.getPrivate(), uaPublic, auth);
        KeyPair server = p256();
        vapidPublic = WebPushEncryption.encodePoint((ECPublicKey) server.getPublic());
        byte[] scalar = new byte[32];
        WebPushEncryption.fixed(((ECPrivateKey) server.getPrivate()).getS(), scalar, 0);
        Vapid vapid = new Vapid(scalar, vapidPublic, "mailto:operators@nova.local", Clock.systemUTC());
        provider = new WebPushProvider(vapid, Duration.ofHours(24), true);
        subscription = new Destination(receiver.endpoint("device-1"), B64.encodeToString(uaPublic), B64.encodeToString(auth));
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    @Test
    void theReceiverChecksTheVapidTokenAndDecryptsThePayload() {
        byte[] payload = "{\"type\":\"message\",\"text\":\"héllo ✓\"}".getBytes(StandardCharsets.UTF_8);
        var result = provider.deliver(subscription, payload);
        assertEquals(Outcome.DELIVERED, result.outcome(), () -> "refusals: " + receiver.refusals);
        assertEquals(1, receiver.received.size());
        PushReceiver.Received got = receiver.received.get(0);
        assertArrayEquals(payload, got.plaintext());
        assertEquals("86400", got.ttl());
        assertEquals("mailto:operators@nova.local", got.subject());
        assertTrue(receiver.endpoint("x").startsWith(got.audience() + "/"), got.audience());
        assertEquals(B64.encodeToString(vapidPublic), got.vapidKey());
    }

    @Test
    void aGoneSubscriptionSaysSo() {
        receiver.answer = 410;
        assertEquals(Outcome.GONE, provider.deliver(subscription, new byte[] {1}).outcome());
        receiver.answer = 404;
        assertEquals(Outcome.GONE, provider.deliver(subscription, new byte[] {1}).outcome());
    }

    @Test
    void aBusyServiceIsTriedLaterAndARefusalIsFinal() {
        receiver.answer = 429;
        assertEquals(Outcome.RETRY, provider.deliver(subscription, new byte[] {1}).outcome());
        receiver.answer = 503;
        assertEquals(Outcome.RETRY, provider.deliver(subscription, new byte[] {1}).outcome());
        receiver.answer = 403;
        assertEquals(Outcome.FAILED, provider.deliver(subscription, new byte[] {1}).outcome());
    }

    @Test
    void aWrongKeyIsDetectedByTheReceiver() {
        Destination wrongAuth = new Destination(subscription.address(), subscription.p256dh(), B64.encodeToString(new byte[16]));
        assertEquals(Outcome.FAILED, provider.deliver(wrongAuth, new byte[] {1}).outcome());
        assertEquals(1, receiver.refusals.size());
    }

    @Test
    void onlyHttpsEndpointsUnlessAllowed() {
        assertThrows(IllegalArgumentException.class, () -> WebPushProvider.endpoint("http://push.example/x", false));
        assertThrows(IllegalArgumentException.class, () -> WebPushProvider.endpoint("https://user@push.example/x", false));
        assertThrows(IllegalArgumentException.class, () -> WebPushProvider.endpoint("file:///etc/passwd", true));
        assertEquals("push.example", WebPushProvider.endpoint("https://push.example/x", false).getHost());
    }
}
