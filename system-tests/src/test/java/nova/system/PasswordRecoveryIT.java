package nova.system;

import org.microshed.testing.kafka.KafkaConsumerClient;
import org.microshed.testing.jupiter.MicroShedTest;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import static nova.system.Identity.json;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nova.platform.events.CloudEvent;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: a holder changes their password (the other sessions end everywhere, this one goes on), resets a
 * forgotten one with a token mailed through the {@code nova.identity} topic (single-use, 30 minutes, every
 * session ends), and proves their address the same way. Against identity directly: the gateway's side of
 * these calls comes later.
 */
@MicroShedTest
public class PasswordRecoveryIT {

    /** MicroShed's consumer of {@code nova.identity}; each test's reader takes it over from the topic's end. */
    @KafkaConsumerClient(groupId = "nova.system-tests.password-recovery", topics = "nova.identity", properties = "enable.auto.commit=false",
            keyDeserializer = StringDeserializer.class, valueDeserializer = ByteArrayDeserializer.class)
    public static KafkaConsumer<String, byte[]> identityTopic;

    static final String NEW_PASSWORD = "a different horse, a different staple 7";

    private final DataSource identity = Identity.database();

    @Test
    void changingThePasswordEndsTheOtherSessionsEverywhereAndKeepsThisOne() throws Exception {
        Identity.Account ada = Identity.register("change");
        JsonObject here = Identity.tokens(ada);
        JsonObject elsewhere = Identity.tokens(ada);
        String hereToken = here.getString("accessToken");
        String elsewhereToken = elsewhere.getString("accessToken");

        HttpResponse<String> wrong = change(hereToken, "not my password at all", NEW_PASSWORD);
        assertEquals(401, wrong.statusCode(), wrong.body());
        assertEquals("invalid-credentials", Identity.problem(wrong));
        HttpResponse<String> same = change(hereToken, ada.password(), ada.password());
        assertEquals(400, same.statusCode(), same.body());
        assertEquals(List.of("newPassword"), Identity.fieldsInError(same));
        HttpResponse<String> weak = change(hereToken, ada.password(), "password1234");
        assertEquals(List.of("newPassword"), Identity.fieldsInError(weak));
        // the refusals changed nothing: both sessions open, the old password still the one
        assertEquals(0, Backbone.count(identity,
                "SELECT count(*) FROM sessions WHERE user_id = ?::uuid AND revoked_at IS NOT NULL", ada.id()));
        assertEquals(200, Identity.login(ada.username(), ada.password(), Identity.randomAddress()).statusCode());

        try (Backbone.TopicReader topic = new Backbone.TopicReader(identityTopic, "nova.identity")) {
            HttpResponse<String> changed = change(hereToken, ada.password(), NEW_PASSWORD);
            assertEquals(204, changed.statusCode(), changed.body());

            CloudEvent event = Identity.awaitEvent(topic, "identity.password.changed", ada.id());
            assertEquals("change", event.data().getString("via"));
            assertFalse(event.data().toString().contains(NEW_PASSWORD), "the password never travels");
            Identity.awaitEvent(topic, "identity.session.revoked", ada.id(),
                    data -> data.getString("sessionId").equals(SessionsIT.sid(elsewhereToken))
                            && data.getString("reason").equals("password_changed"));
        }
        assertEquals(401, Identity.login(ada.username(), ada.password(), Identity.randomAddress()).statusCode(),
                "the old password is refused");
        assertEquals(200, Identity.login(ada.username(), NEW_PASSWORD, Identity.randomAddress()).statusCode());

        assertEquals(401, SessionsIT.caller(Identity.SERVER, elsewhereToken).statusCode(), "identity refuses it at once");
        SessionsIT.refusedEverywhere(elsewhereToken);
        assertEquals(401, Identity.refresh(elsewhere.getString("refreshToken")).statusCode());
        SessionsIT.acceptedEverywhere(hereToken);
        assertEquals(200, Identity.refresh(here.getString("refreshToken")).statusCode(), "this session goes on");
    }

    /**
     * A password is the same password whichever Unicode form its characters arrive in: set with "é" as
     * "e" plus a combining accent (as some keyboards send it), it logs in typed as one character, and
     * typed with full-width letters; without the accents it is another password.
     */
    @Test
    void aPasswordLogsInWhicheverUnicodeFormItIsTypedIn() throws Exception {
        Identity.Account ada = Identity.register("unicode");
        String composed = "crème brûlée à l'été, 1815";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        String token = Identity.tokens(ada).getString("accessToken");
        HttpResponse<String> changed = change(token, ada.password(), decomposed);
        assertEquals(204, changed.statusCode(), changed.body());

        assertEquals(200, Identity.login(ada.username(), composed, Identity.randomAddress()).statusCode());
        assertEquals(200, Identity.login(ada.username(), decomposed, Identity.randomAddress()).statusCode());
        assertEquals(200, Identity.login(ada.username(), "ｃｒèｍｅ ｂｒûｌéｅ à ｌ'éｔé, １８１５",
                Identity.randomAddress()).statusCode(), "full-width letters and digits");
        assertEquals(401, Identity.login(ada.username(), "creme brulee a l'ete, 1815", Identity.randomAddress())
                .statusCode(), "accents still count");
    }

    @Test
    void aResetRequestIsAcceptedAlikeForEveryAddressAndOnlyAnAccountIsSentAToken() throws Exception {
        Identity.Account ada = Identity.register("reset");
        JsonObject before = Identity.tokens(ada);
        String nobody = "nobody" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "@example.org";

        try (Backbone.TopicReader topic = new Backbone.TopicReader(identityTopic, "nova.identity")) {
            HttpResponse<String> unknown = requestReset(nobody);
            assertEquals(202, unknown.statusCode(), unknown.body());
            assertEquals("", unknown.body());
            HttpResponse<String> known = requestReset(ada.email().toUpperCase(java.util.Locale.ROOT));
            assertEquals(202, known.statusCode(), known.body());
            assertEquals(unknown.body(), known.body(), "nothing tells them apart");

            CloudEvent requested = Identity.awaitEvent(topic, "identity.password.reset_requested", ada.id());
            assertEquals(ada.email(), requested.data().getString("email"));
            String token = requested.data().getString("token");
            assertEquals(43, token.length());
            // identity keeps only the token's hash
            assertEquals(1, Backbone.count(identity, "SELECT count(*) FROM emailed_tokens WHERE token_hash = ?",
                    Identity.sha256(token)));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> topic.events().stream()
                    .noneMatch(e -> e.data().toString().contains(nobody)));

            HttpResponse<String> weak = confirm(token, "password1234");
            assertEquals(List.of("newPassword"), Identity.fieldsInError(weak), "the registration rules apply");

            // two uses at once: exactly one wins
            List<Integer> statuses = concurrently(() -> confirm(token, NEW_PASSWORD).statusCode(),
                    () -> confirm(token, NEW_PASSWORD).statusCode());
            assertEquals(List.of(204, 400), statuses.stream().sorted().toList());
            HttpResponse<String> again = confirm(token, NEW_PASSWORD + "!");
            assertEquals(400, again.statusCode(), again.body());
            assertEquals(List.of("token"), Identity.fieldsInError(again));

            CloudEvent changed = Identity.awaitEvent(topic, "identity.password.changed", ada.id());
            assertEquals("reset", changed.data().getString("via"));
            assertEquals(1, Identity.eventsAbout(topic, "identity.password.changed", ada.id()).size());
            Identity.awaitEvent(topic, "identity.session.revoked", ada.id(),
                    data -> data.getString("reason").equals("password_reset"));
        }
        assertEquals(401, Identity.login(ada.username(), ada.password(), Identity.randomAddress()).statusCode());
        assertEquals(200, Identity.login(ada.username(), NEW_PASSWORD, Identity.randomAddress()).statusCode());
        SessionsIT.refusedEverywhere(before.getString("accessToken"));
        assertEquals(401, Identity.refresh(before.getString("refreshToken")).statusCode(), "every session ended");
    }

    @Test
    void anExpiredResetTokenIsRefusedAndChangesNothing() throws Exception {
        Identity.Account ada = Identity.register("expired");
        String token;
        try (Backbone.TopicReader topic = new Backbone.TopicReader(identityTopic, "nova.identity")) {
            assertEquals(202, requestReset(ada.email()).statusCode());
            token = Identity.awaitEvent(topic, "identity.password.reset_requested", ada.id()).data().getString("token");
        }
        expire(token);

        HttpResponse<String> expired = confirm(token, NEW_PASSWORD);
        assertEquals(400, expired.statusCode(), expired.body());
        assertEquals(List.of("token"), Identity.fieldsInError(expired));
        HttpResponse<String> unknown = confirm("A".repeat(43), NEW_PASSWORD);
        assertEquals(expired.body(), unknown.body(), "expired and unknown are one answer");
        assertEquals(200, Identity.login(ada.username(), ada.password(), Identity.randomAddress()).statusCode(),
                "the password is unchanged");
    }

    @Test
    void anAddressIsProvenOnceWithTheTokenMailedAtRegistration() throws Exception {
        Identity.Account ada;
        String token;
        try (Backbone.TopicReader topic = new Backbone.TopicReader(identityTopic, "nova.identity")) {
            ada = Identity.register("verify");
            CloudEvent requested = Identity.awaitEvent(topic, "identity.email.verification_requested", ada.id());
            assertEquals(ada.email(), requested.data().getString("email"));
            token = requested.data().getString("token");
            assertEquals(0, Backbone.count(identity,
                    "SELECT count(*) FROM credentials WHERE id = ?::uuid AND email_verified_at IS NOT NULL", ada.id()));

            HttpResponse<String> verified = verify(token);
            assertEquals(204, verified.statusCode(), verified.body());
            CloudEvent proven = Identity.awaitEvent(topic, "identity.email.verified", ada.id());
            assertEquals(ada.email(), proven.data().getString("email"));
        }
        assertEquals(1, Backbone.count(identity,
                "SELECT count(*) FROM credentials WHERE id = ?::uuid AND email_verified_at IS NOT NULL", ada.id()));
        HttpResponse<String> again = verify(token);
        assertEquals(400, again.statusCode(), again.body());
        assertEquals(List.of("token"), Identity.fieldsInError(again));

        String access = Identity.tokens(ada).getString("accessToken");
        HttpResponse<String> another = Identity.post("/accounts/me/email-verification", null, access, null);
        assertEquals(409, another.statusCode(), another.body());
        assertEquals("already-verified", Identity.problem(another));
        assertEquals(401, Identity.post("/accounts/me/email-verification", null, null, null).statusCode());
    }

    @Test
    void anExpiredVerificationTokenIsRefusedAndANewOneCanBeAskedFor() throws Exception {
        Identity.Account ada;
        try (Backbone.TopicReader topic = new Backbone.TopicReader(identityTopic, "nova.identity")) {
            ada = Identity.register("reverify");
            String first = Identity.awaitEvent(topic, "identity.email.verification_requested", ada.id())
                    .data().getString("token");
            expire(first);
            assertEquals(List.of("token"), Identity.fieldsInError(verify(first)));

            String access = Identity.tokens(ada).getString("accessToken");
            HttpResponse<String> asked = Identity.post("/accounts/me/email-verification", null, access, null);
            assertEquals(202, asked.statusCode(), asked.body());
            CloudEvent second = Identity.awaitEvent(topic, "identity.email.verification_requested", ada.id(),
                    data -> !data.getString("token").equals(first));
            assertEquals(204, verify(second.data().getString("token")).statusCode());
        }
        assertEquals(1, Backbone.count(identity,
                "SELECT count(*) FROM credentials WHERE id = ?::uuid AND email_verified_at IS NOT NULL", ada.id()));
    }

    @Test
    void malformedRequestsAreFieldErrors() throws Exception {
        assertEquals(List.of("email"), Identity.fieldsInError(requestReset("not an address")));
        assertEquals(List.of("email"), Identity.fieldsInError(Identity.post("/password-resets", json().build(), null, null)));
        assertEquals(List.of("token", "newPassword"),
                Identity.fieldsInError(Identity.post("/password-resets/confirm", json().build(), null, null)));
        assertEquals(List.of("token"), Identity.fieldsInError(confirm("not-a-token", NEW_PASSWORD)));
        assertEquals(List.of("token"), Identity.fieldsInError(verify("")));
        assertEquals(401, change(null, "x", NEW_PASSWORD).statusCode(), "a change needs an access token");
    }

    // --- helpers ----------------------------------------------------------------------------------

    static HttpResponse<String> change(String accessToken, String current, String next) throws Exception {
        return Identity.post("/accounts/me/password", json().add("currentPassword", current).add("newPassword", next).build(),
                accessToken, Identity.randomAddress());
    }

    static HttpResponse<String> requestReset(String email) throws Exception {
        return Identity.post("/password-resets", json().add("email", email).build(), null, null);
    }

    static HttpResponse<String> confirm(String token, String newPassword) throws Exception {
        return Identity.post("/password-resets/confirm", json().add("token", token).add("newPassword", newPassword).build(),
                null, null);
    }

    static HttpResponse<String> verify(String token) throws Exception {
        return Identity.post("/email-verifications", json().add("token", token).build(), null, null);
    }

    /** Lets the token's time run out: the running system keeps its lifetimes. */
    void expire(String token) throws Exception {
        try (Connection c = identity.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE emailed_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = ?")) {
            s.setBytes(1, Identity.sha256(token));
            assertEquals(1, s.executeUpdate());
        }
    }

    @SafeVarargs
    static <T> List<T> concurrently(Callable<T>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(call));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
