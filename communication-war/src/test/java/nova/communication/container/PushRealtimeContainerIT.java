package nova.communication.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nova.communication.push.PushReceiver;
import nova.communication.push.WebPushEncryption;
import nova.contracts.communication.MessageSent;
import nova.contracts.communication.NotificationSent;
import nova.contracts.identity.PasswordChanged;
import nova.contracts.identity.SessionRevoked;
import nova.platform.events.CloudEvent;
import nova.testsupport.Database;
import nova.testsupport.Deployments;
import nova.testsupport.Http;
import nova.testsupport.InContainer;
import nova.testsupport.LibertyServer;
import nova.testsupport.Topics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The real-time engineer's part of communication, deployed alone with the real PostgreSQL and broker: push tokens are
 * their owner's; a {@code communication.notification.sent} on the topic becomes a Web Push at a push service played by
 * the test (which checks the VAPID token and decrypts), a gone token is forgotten; a WebSocket client gets a
 * {@code communication.message.sent} pushed and is closed when {@code identity.session.revoked} names its session; a
 * queued SMS goes through the logging provider without the number reaching the log.
 */
@InContainer
class PushRealtimeContainerIT {

    private final Database communication = Database.of("communication");
    static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    record Browser(ECPrivateKey privateKey, byte[] publicKey, byte[] auth) {
        static Browser create() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            byte[] auth = new byte[16];
            new SecureRandom().nextBytes(auth);
            return new Browser((ECPrivateKey) pair.getPrivate(), WebPushEncryption.encodePoint((ECPublicKey) pair.getPublic()), auth);
        }

        JsonObject registration(String endpoint) {
            return Json.createObjectBuilder().add("endpoint", endpoint).add("p256dh", B64.encodeToString(publicKey))
                    .add("auth", B64.encodeToString(auth)).build();
        }
    }

    @Test
    void pushTokensAreTheirOwnersAndBadOnesAreRefusedField() throws Exception {
        UUID ada = UUID.randomUUID();
        UUID eve = UUID.randomUUID();
        Browser browser = Browser.create();
        String endpoint = "https://push.example/" + UUID.randomUUID();
        HttpResponse<String> created = Fixture.as(ada).post("/push/tokens", browser.registration(endpoint));
        assertEquals(201, created.statusCode(), created.body());
        String id = Http.json(created).getString("id");
        assertEquals("https://push.example", Http.json(created).getString("endpointOrigin"));
        assertTrue(!created.body().contains(endpoint), "the endpoint is never handed back");
        HttpResponse<String> again = Fixture.as(ada).post("/push/tokens", browser.registration(endpoint));
        assertEquals(200, again.statusCode());
        assertEquals(id, Http.json(again).getString("id"));
        assertEquals(1, Json.createReader(new StringReader(Fixture.as(ada).get("/push/tokens").body())).readArray().size());

        assertEquals(404, Fixture.as(eve).send("DELETE", "/push/tokens/" + id, null).statusCode());
        assertEquals(1, communication.count("SELECT count(*) FROM push_tokens WHERE id = ?", UUID.fromString(id)),
                "someone else's delete changed nothing");
        assertEquals(0, Json.createReader(new StringReader(Fixture.as(eve).get("/push/tokens").body())).readArray().size());

        HttpResponse<String> bad = Fixture.as(ada).post("/push/tokens", Json.createObjectBuilder()
                .add("endpoint", "http://push.example/x").add("p256dh", "bm90LWEta2V5").add("auth", "c2hvcnQ").build());
        assertEquals(400, bad.statusCode());
        assertEquals("invalid-input", Http.problem(bad));
        assertTrue(bad.body().contains("\"p256dh\"") && bad.body().contains("\"auth\""), bad.body());
        assertEquals(401, Http.to(LibertyServer.base()).get("/push/tokens").statusCode());

        assertEquals(204, Fixture.as(ada).send("DELETE", "/push/tokens/" + id, null).statusCode());
        assertEquals(0, communication.count("SELECT count(*) FROM push_tokens WHERE id = ?", UUID.fromString(id)));
    }

    @Test
    void aNotificationBecomesAWebPushTheBrowserCanReadAndAGoneTokenIsForgotten() throws Exception {
        UUID bob = UUID.randomUUID();
        Browser browser = Browser.create();
        try (PushReceiver service = new PushReceiver(browser.privateKey(), browser.publicKey(), browser.auth())) {
            HttpResponse<String> registered = Fixture.as(bob).post("/push/tokens",
                    browser.registration(service.endpoint("bob-1")));
            assertEquals(201, registered.statusCode(), registered.body());
            UUID tokenId = UUID.fromString(Http.json(registered).getString("id"));
            UUID notification = UUID.randomUUID();
            Topics.send("nova.communication", Fixture.event("communication", new NotificationSent(notification, bob,
                    "like", "post", UUID.randomUUID(), List.of(UUID.randomUUID()), 1, "Ada liked your post", null, Fixture.now())));

            communication.awaitCount(1, Duration.ofSeconds(30),
                    "SELECT count(*) FROM push_tokens WHERE id = ? AND last_used_at IS NOT NULL", tokenId);
            assertTrue(service.refusals.isEmpty(), service.refusals.toString());
            PushReceiver.Received push = service.received.get(0);
            JsonObject payload = Json.createReader(new StringReader(new String(push.plaintext(), StandardCharsets.UTF_8))).readObject();
            assertEquals(notification.toString(), payload.getString("notificationId"));
            assertEquals("Ada liked your post", payload.getString("text"));
            assertTrue(push.audience().startsWith("http://127.0.0.1:"), push.audience());

            service.answer = 410;
            Topics.send("nova.communication", Fixture.event("communication", new NotificationSent(UUID.randomUUID(), bob,
                    "follow", "user", bob, List.of(UUID.randomUUID()), 1, "Cara followed you", null, Fixture.now())));
            communication.awaitCount(0, Duration.ofSeconds(30), "SELECT count(*) FROM push_tokens WHERE id = ?", tokenId);
        }
    }

    @Test
    void aPushTheServiceRefusesForNowIsRetriedWithBackoffThenGivenUpWithAFinalStatus() throws Exception {
        UUID cara = UUID.randomUUID();
        Browser browser = Browser.create();
        try (PushReceiver service = new PushReceiver(browser.privateKey(), browser.publicKey(), browser.auth())) {
            HttpResponse<String> registered = Fixture.as(cara).post("/push/tokens",
                    browser.registration(service.endpoint("cara-1")));
            assertEquals(201, registered.statusCode(), registered.body());
            UUID tokenId = UUID.fromString(Http.json(registered).getString("id"));

            // 503 once, then accepted: sent on the second attempt, at least the first back-off (PT1S here) later
            service.unavailable.set(1);
            UUID first = UUID.randomUUID();
            Topics.send("nova.communication", Fixture.event("communication", new NotificationSent(first, cara,
                    "follow", "user", cara, List.of(UUID.randomUUID()), 1, "Dan followed you", null, Fixture.now())));
            communication.awaitCount(1, Duration.ofSeconds(30), """
                    SELECT count(*) FROM push_queue WHERE token_id = ? AND status = 'sent' AND attempts = 2
                    AND last_status = 201 AND payload = ''""", tokenId);
            assertTrue(service.refusals.isEmpty(), service.refusals.toString());
            assertEquals(2, service.received.size(), "the same push twice: refused for now, then accepted");
            for (PushReceiver.Received push : service.received) {
                assertEquals(first.toString(), Json.createReader(new StringReader(
                        new String(push.plaintext(), StandardCharsets.UTF_8))).readObject().getString("notificationId"));
            }
            Duration waited = Duration.between(service.arrivals.get(0), service.arrivals.get(1));
            assertTrue(waited.compareTo(Duration.ofMillis(900)) >= 0, "retried after the back-off, not at once: " + waited);
            assertEquals(1, communication.count(
                    "SELECT count(*) FROM push_tokens WHERE id = ? AND last_used_at IS NOT NULL", tokenId));

            // never accepted: three attempts (max-attempts 3 here), then failed for good, the text not kept
            service.unavailable.set(Integer.MAX_VALUE);
            Topics.send("nova.communication", Fixture.event("communication", new NotificationSent(UUID.randomUUID(), cara,
                    "like", "post", UUID.randomUUID(), List.of(UUID.randomUUID()), 1, "Eve liked your post", null,
                    Fixture.now())));
            communication.awaitCount(1, Duration.ofSeconds(30), """
                    SELECT count(*) FROM push_queue WHERE token_id = ? AND status = 'failed' AND attempts = 3
                    AND last_status = 503 AND payload = '' AND done_at IS NOT NULL""", tokenId);
            assertEquals(5, service.received.size(), "2 before, 3 attempts of the failed one, no more");
            assertEquals(1, communication.count("SELECT count(*) FROM push_tokens WHERE id = ?", tokenId),
                    "a busy push service does not cost the member their subscription");
        }
    }

    @Test
    void aWebSocketGetsItsMessagesAndIsClosedWhenItsSessionIsRevoked() throws Exception {
        UUID bob = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        String token = Fixture.tokens().accessToken(bob, "rt" + bob.toString().substring(0, 8), session, Instant.now());
        Client client = Client.connect(token);
        assertEquals("ready", client.next().getString("type"));

        UUID message = UUID.randomUUID();
        Topics.send("nova.communication", Fixture.event("communication", new MessageSent(message, UUID.randomUUID(),
                UUID.randomUUID(), List.of(bob), "hello over the socket", List.of(), Fixture.now())));
        JsonObject frame = client.next();
        assertNotNull(frame, "the message is pushed");
        assertEquals("message", frame.getString("type"));
        assertEquals(message.toString(), frame.getJsonObject("data").getString("messageId"));
        assertEquals("hello over the socket", frame.getJsonObject("data").getString("text"));

        Topics.send("nova.identity", Fixture.event("identity", new SessionRevoked(bob, session, "logout", Fixture.now())));
        assertEquals(4403, client.closed.get(20, TimeUnit.SECONDS));

        Client refused = Client.connect(token);
        assertEquals(4401, refused.closed.get(20, TimeUnit.SECONDS), "the revoked session's token opens nothing");
        Client forged = Client.connect(token.substring(0, token.length() - 6) + "AAAAAA");
        assertEquals(4401, forged.closed.get(20, TimeUnit.SECONDS));
    }

    @Test
    void aQueuedTextGoesThroughTheLoggingProviderAndTheNumberStaysOutOfTheLog() throws Exception {
        UUID id = UUID.randomUUID();
        communication.execute("""
                INSERT INTO sms_queue (id, user_id, phone_number, body, status, attempts, next_attempt_at, created_at)
                VALUES (?, ?, '+4915199887766', 'your code is 31415', 'pending', 0, now(), now())""", id, UUID.randomUUID());
        communication.awaitCount(1, Duration.ofSeconds(30),
                "SELECT count(*) FROM sms_queue WHERE id = ? AND status = 'sent' AND body = ''", id);
        Path log = Path.of(System.getProperty("nova.it.usr.dir"), "servers", System.getProperty("nova.it.server"), "logs", "messages.log");
        String messages = Files.readString(log);
        assertTrue(messages.contains("logging SMS provider (sends nothing)"), "the provider says what it is");
        assertTrue(!messages.contains("15199887766") && !messages.contains("31415"), "neither number nor text in the log");
    }

    @Test
    void aChangedPasswordIsTextedToTheNumberTheMemberGaveAndToNobodyElse() throws Exception {
        UUID dana = UUID.randomUUID();
        UUID eli = UUID.randomUUID();
        Http asDana = Fixture.as(dana);
        assertEquals(404, asDana.get("/push/sms-number").statusCode(), "no number yet");
        HttpResponse<String> bad = asDana.send("PUT", "/push/sms-number", Json.createObjectBuilder().add("phoneNumber", "0151 1234").build());
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("invalid-input", Http.problem(bad));
        HttpResponse<String> set = asDana.send("PUT", "/push/sms-number",
                Json.createObjectBuilder().add("phoneNumber", "+4915122334455").build());
        assertEquals(200, set.statusCode(), set.body());
        assertEquals("+•••••••••••55", Http.json(set).getString("masked"));
        assertTrue(!set.body().contains("4915122334455"), "the number is not handed back whole: " + set.body());
        assertEquals("+•••••••••••55", Http.json(asDana.get("/push/sms-number")).getString("masked"));
        assertEquals(401, Http.to(LibertyServer.base()).get("/push/sms-number").statusCode());

        // dana changed her password: a text to her number, through the logging provider; eli gave no number: none
        CloudEvent danas = Fixture.event("identity", new PasswordChanged(dana, "change", Fixture.now()));
        CloudEvent elis = Fixture.event("identity", new PasswordChanged(eli, "reset", Fixture.now()));
        Topics.send("nova.identity", danas, elis);
        awaitHandled(danas, elis);
        communication.awaitCount(1, Duration.ofSeconds(30), """
                SELECT count(*) FROM sms_queue WHERE user_id = ? AND phone_number = '+4915122334455'
                AND status = 'sent' AND body = ''""", dana);
        assertEquals(0, communication.count("SELECT count(*) FROM sms_queue WHERE user_id = ?", eli));

        // the number removed: the next change is not texted
        assertEquals(204, asDana.send("DELETE", "/push/sms-number", null).statusCode());
        assertEquals(404, asDana.send("DELETE", "/push/sms-number", null).statusCode());
        CloudEvent again = Fixture.event("identity", new PasswordChanged(dana, "change", Fixture.now()));
        Topics.send("nova.identity", again);
        awaitHandled(again);
        assertEquals(1, communication.count("SELECT count(*) FROM sms_queue WHERE user_id = ?", dana));
    }

    /** Waits until communication's identity consumer has handled these events (its inbox has them). */
    private void awaitHandled(CloudEvent... events) {
        communication.awaitCount(events.length, Duration.ofSeconds(30), """
                SELECT count(*) FROM processed_events WHERE consumer = 'nova.communication.identity'
                AND event_id = ANY(?::uuid[])""",
                (Object) java.util.Arrays.stream(events).map(e -> e.id().toString()).toArray(String[]::new));
    }

    /** A WebSocket client of /realtime (the JDK's). */
    static final class Client implements WebSocket.Listener {
        final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        final StringBuilder partial = new StringBuilder();

        static Client connect(String token) {
            Client client = new Client();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create("ws://localhost:" + LibertyServer.httpPort() + "/realtime"), client).join();
            socket.sendText("{\"type\":\"auth\",\"token\":\"" + token + "\"}", true).join();
            return client;
        }

        JsonObject next() throws InterruptedException {
            return frames.poll(20, TimeUnit.SECONDS);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(Json.createReader(new StringReader(partial.toString())).readObject());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
