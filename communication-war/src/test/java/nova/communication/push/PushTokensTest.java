package nova.communication.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nova.contracts.communication.PushTokenRegistration;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

class PushTokensTest {

    static final String P256DH = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";

    @Test
    void aBrowsersSubscriptionIsTaken() {
        PushTokens.validate(new PushTokenRegistration("https://fcm.googleapis.com/fcm/send/abc", P256DH, AUTH), false);
        PushTokens.validate(new PushTokenRegistration("https://updates.push.services.mozilla.com/wpush/v2/x", P256DH, AUTH + "=="), false);
    }

    @Test
    void everyBadFieldIsNamed() {
        Rejection refused = assertThrows(Rejection.class, () -> PushTokens.validate(
                new PushTokenRegistration("http://push.example/x", "bm90LWEta2V5", "c2hvcnQ"), false));
        assertEquals(List.of("endpoint", "p256dh", "auth"), refused.errors().stream().map(Problem.FieldError::field).toList());
        assertEquals(400, refused.problem().status());
        Rejection missing = assertThrows(Rejection.class, () -> PushTokens.validate(new PushTokenRegistration(null, null, null), false));
        assertEquals(3, missing.errors().size());
        Rejection tooLong = assertThrows(Rejection.class, () -> PushTokens.validate(
                new PushTokenRegistration("https://push.example/" + "a".repeat(2048), P256DH, AUTH), false));
        assertEquals("endpoint", tooLong.errors().get(0).field());
    }

    @Test
    void theEndpointNeverShowsInAToString() {
        assertTrue(!new PushTokenRegistration("https://push.example/secret", P256DH, AUTH).toString().contains("secret"));
        assertTrue(!new DeliveryProvider.Destination("+4915112345678", null, null).toString().contains("123"));
    }

    @Test
    void aTextIsRetriedWithGrowingBackoffThenFailed() {
        Instant now = Instant.parse("2026-12-06T18:00:00Z");
        QueuedSms sms = QueuedSms.pending(UUID.randomUUID(), "+4915112345678", "hello", now);
        sms.claim(now, Duration.ofMinutes(1));
        assertEquals(false, sms.attemptFailed("busy", 3, Duration.ofSeconds(5), now));
        assertEquals(now.plusSeconds(5), sms.nextAttemptAt());
        sms.claim(now, Duration.ofMinutes(1));
        sms.attemptFailed("busy", 3, Duration.ofSeconds(5), now);
        assertEquals(now.plusSeconds(10), sms.nextAttemptAt());
        sms.claim(now, Duration.ofMinutes(1));
        assertEquals(true, sms.attemptFailed("busy", 3, Duration.ofSeconds(5), now));
        assertEquals(QueuedSms.FAILED, sms.status());
    }

    @Test
    void theLoggingSmsProviderSendsNothingAndLogsNeitherNumberNorText() {
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(LoggingSmsProvider.class.getName());
        logger.addHandler(capture);
        try {
            var result = new LoggingSmsProvider().deliver(new DeliveryProvider.Destination("+4915112345678", null, null),
                    "your code is 424242".getBytes(StandardCharsets.UTF_8));
            assertEquals(DeliveryProvider.DeliveryResult.Outcome.DELIVERED, result.outcome());
        } finally {
            logger.removeHandler(capture);
        }
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("logging SMS provider (sends nothing)"), lines.get(0));
        assertTrue(!lines.get(0).contains("4915112345678") && !lines.get(0).contains("78") && !lines.get(0).contains("424242"));
    }

    @Test
    void aNotificationsPushPayloadCarriesWhatTheServiceWorkerShows() {
        byte[] payload = PushDispatch.payload(Json.createObjectBuilder().add("notificationId", "n1")
                .add("recipientId", "r").add("notificationType", "like").add("targetType", "post").add("targetId", "p")
                .add("text", "Ada liked your post").add("actorCount", 1).add("at", "2026-12-06T18:00:00Z").build());
        String json = new String(payload, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"text\":\"Ada liked your post\"") && !json.contains("recipientId"), json);
        byte[] big = PushDispatch.payload(Json.createObjectBuilder().add("notificationId", "n2").add("text", "x".repeat(5000)).build());
        assertTrue(big.length < 100);
    }
}
