package nova.system;

import org.microshed.testing.kafka.KafkaProducerClient;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.microshed.testing.kafka.KafkaConsumerClient;
import org.microshed.testing.jupiter.MicroShedTest;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nova.contracts.user.RolesChanged;
import nova.contracts.event.EventJson;
import nova.contracts.user.UserBanned;
import nova.contracts.user.UserEvent;
import nova.contracts.user.UserDeleted;
import nova.contracts.user.UserUnbanned;
import nova.platform.events.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Issues 6 and 7 from identity's side: what the user context decides about an account reaches identity as
 * events on {@code nova.user}, and identity acts on them. A ban that holds and a deletion end every session
 * (refused by identity and by other contexts within seconds) and refuse logins with 403, while a wrong
 * password stays 401; a ban with an end lapses by itself; deletion is final; a role change reaches the
 * {@code groups} claim at the next refresh.
 * <p>
 * The events are written here, as the user context's relay would write them (its envelope, topic and key):
 * the user context's own endpoints for bans, roles and deletion are tested end to end elsewhere.
 */
// never beside another deletion-saga test class: it bans end sagas of their own: kept apart from AccountDeletionSagaIT's revoked right too
@ResourceLock("nova.deletion-sagas")
@MicroShedTest
public class AccountStandingIT {

    /** MicroShed's consumer of {@code nova.identity}; each test's reader takes it over from the topic's end. */
    @KafkaConsumerClient(groupId = "nova.system-tests.account-standing", topics = "nova.identity", properties = "enable.auto.commit=false",
            keyDeserializer = StringDeserializer.class, valueDeserializer = ByteArrayDeserializer.class)
    public static KafkaConsumer<String, byte[]> identityTopic;

    /** MicroShed's producer, for the events this test writes as the user context would, with the relay's durability (every replica, idempotent). */
    @KafkaProducerClient(keySerializer = StringSerializer.class, valueSerializer = ByteArraySerializer.class,
            properties = {"acks=all", "enable.idempotence=true"})
    public static KafkaProducer<String, byte[]> events;

    static final Nova.Server CONTENT = Backbone.CONTENT;
    static final Duration WITHIN = Duration.ofSeconds(30);
    static final UUID MODERATOR = UUID.randomUUID();

    @Test
    void aBanEndsEverySessionAndRefusesTheRightPasswordWhileAWrongOneStaysUnauthorized() throws Exception {
        Identity.Account ada = Identity.register("banned");
        JsonObject first = Identity.tokens(ada);
        JsonObject second = Identity.tokens(ada);
        assertAccepted(first.getString("accessToken"));
        assertAccepted(second.getString("accessToken"));

        try (Backbone.TopicReader topic = new Backbone.TopicReader(identityTopic, "nova.identity")) {
            awaitApplied(publish(banned(ada, null)));

            assertRefused(first.getString("accessToken"));
            assertRefused(second.getString("accessToken"));
            for (JsonObject session : List.of(first, second)) {
                String sid = SessionsIT.sid(session.getString("accessToken"));
                Identity.awaitEvent(topic, "identity.session.revoked", ada.id(),
                        data -> data.getString("sessionId").equals(sid) && data.getString("reason").equals("banned"));
            }
        }
        HttpResponse<String> refresh = Identity.refresh(first.getString("refreshToken"));
        assertEquals(401, refresh.statusCode(), refresh.body());
        assertEquals("invalid-refresh-token", Identity.problem(refresh));

        HttpResponse<String> right = Identity.login(ada.username(), ada.password(), Identity.randomAddress());
        assertEquals(403, right.statusCode(), right.body());
        assertEquals("account-suspended", Identity.problem(right));
        HttpResponse<String> wrong = Identity.login(ada.username(), "not the password, not at all", Identity.randomAddress());
        assertEquals(401, wrong.statusCode(), wrong.body());
        assertEquals("invalid-credentials", Identity.problem(wrong), "nothing said before the password is proven");
        assertEquals(0, Backbone.count(Identity.database(),
                "SELECT count(*) FROM sessions WHERE user_id = ?::uuid AND revoked_at IS NULL", ada.id()));

        awaitApplied(publish(unbanned(ada)));
        assertEquals(200, Identity.login(ada.username(), ada.password(), Identity.randomAddress()).statusCode(),
                "lifting the ban lets the account in again");
    }

    @Test
    void aBanWithAnEndLapsesByItself() throws Exception {
        Identity.Account ada = Identity.register("lapse");
        String access = Identity.tokens(ada).getString("accessToken");
        Instant until = Instant.now().plusSeconds(12);
        awaitApplied(publish(banned(ada, until)));

        // its sessions were revoked: only a ban that held when it arrived does that
        assertRefused(access);
        Instant asked = Instant.now();
        HttpResponse<String> during = Identity.login(ada.username(), ada.password(), Identity.randomAddress());
        if (asked.isBefore(until.minusSeconds(1))) { // a slow machine may have reached the end already
            assertEquals(403, during.statusCode(), during.body());
        }
        // no user.unbanned is sent: identity watches the time itself
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(1)).until(() ->
                Identity.login(ada.username(), ada.password(), Identity.randomAddress()).statusCode() == 200);
        assertFalse(Instant.now().isBefore(until), "not before the ban's end");
    }

    @Test
    void aRoleChangeReachesTheGroupsClaimAtTheNextRefresh() throws Exception {
        Identity.Account ada = Identity.register("roles");
        JsonObject tokens = Identity.tokens(ada);
        assertEquals(List.of("user"), Identity.groups(tokens.getString("accessToken")));
        String access = tokens.getString("accessToken");
        assertEquals(403, Backbone.as("GET", "/events?limit=1", "Bearer " + access).statusCode());

        Instant granted = Instant.now();
        awaitApplied(publish(rolesChanged(ada, granted,
                "moderator", "view_dead_letters", "moderate_content", "view_dead_letters")));
        assertEquals(List.of("user"), Identity.groups(access), "a token already issued keeps its claims");

        HttpResponse<String> next = Identity.refresh(tokens.getString("refreshToken"));
        assertEquals(200, next.statusCode(), next.body());
        String promoted = Nova.json(next.body()).getString("accessToken");
        assertEquals(List.of("user", "moderate_content", "view_dead_letters"), Identity.groups(promoted),
                "signed in, then the permissions sorted, each once");
        HttpResponse<String> caller = SessionsIT.caller(CONTENT, promoted);
        assertEquals(200, caller.statusCode(), caller.body());
        assertEquals(List.of("moderate_content", "user", "view_dead_letters"),
                Nova.json(caller.body()).getJsonArray("groups").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).sorted().toList(), "another context reads them from the token");
        HttpResponse<String> events = Backbone.as("GET", "/events?limit=1", "Bearer " + promoted);
        assertEquals(200, events.statusCode(), "the permission opens what it names: " + events.body());

        // an older change arriving late (a replayed dead letter) changes nothing
        awaitApplied(publish(rolesChanged(ada, granted.minusSeconds(60), "admin", "ban_users", "manage_roles")));
        HttpResponse<String> unchanged = Identity.refresh(Nova.json(next.body()).getString("refreshToken"));
        assertEquals(200, unchanged.statusCode(), unchanged.body());
        assertEquals(List.of("user", "moderate_content", "view_dead_letters"),
                Identity.groups(Nova.json(unchanged.body()).getString("accessToken")));

        // a newer one takes the permissions away again
        awaitApplied(publish(rolesChanged(ada, granted.plusSeconds(1), "user")));
        HttpResponse<String> demoted = Identity.refresh(Nova.json(unchanged.body()).getString("refreshToken"));
        assertEquals(200, demoted.statusCode(), demoted.body());
        assertEquals(List.of("user"), Identity.groups(Nova.json(demoted.body()).getString("accessToken")));
        assertEquals(List.of("user"), Identity.groups(Identity.tokens(ada).getString("accessToken")), "at login too");
    }

    @Test
    void deletionIsFinalAndNoResetGetsTheAccountBack() throws Exception {
        Identity.Account ada = Identity.register("deleted");
        JsonObject session = Identity.tokens(ada);
        String resetToken;
        try (Backbone.TopicReader topic = new Backbone.TopicReader(identityTopic, "nova.identity")) {
            assertEquals(202, PasswordRecoveryIT.requestReset(ada.email()).statusCode());
            resetToken = Identity.awaitEvent(topic, "identity.password.reset_requested", ada.id())
                    .data().getString("token");

            awaitApplied(publish(deleted(ada)));
            assertRefused(session.getString("accessToken"));
            Identity.awaitEvent(topic, "identity.session.revoked", ada.id(),
                    data -> data.getString("reason").equals("deleted"));

            // even a later unban cannot bring it back
            awaitApplied(publish(unbanned(ada)));
            assertRefusedAsDeleted(Identity.login(ada.username(), ada.password(), Identity.randomAddress()));
            assertEquals(401, Identity.refresh(session.getString("refreshToken")).statusCode());

            HttpResponse<String> confirm = PasswordRecoveryIT.confirm(resetToken, PasswordRecoveryIT.NEW_PASSWORD);
            assertEquals(400, confirm.statusCode(), confirm.body());
            assertEquals(List.of("token"), Identity.fieldsInError(confirm));
            long tokens = Backbone.count(Identity.database(), "SELECT count(*) FROM emailed_tokens WHERE user_id = ?::uuid",
                    ada.id());
            assertEquals(202, PasswordRecoveryIT.requestReset(ada.email()).statusCode());
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                    Identity.eventsAbout(topic, "identity.password.reset_requested", ada.id()).size() == 1);
            assertEquals(tokens, Backbone.count(Identity.database(),
                    "SELECT count(*) FROM emailed_tokens WHERE user_id = ?::uuid", ada.id()), "nothing was sent");
        }
        // the old password still does not let it in
        assertRefusedAsDeleted(Identity.login(ada.username(), ada.password(), Identity.randomAddress()));
    }

    /**
     * A deleted account's login is refused: as suspended (403 {@code account-suspended}) until the events context's
     * deletion saga has reached identity, which then erases the credentials (the password and the email are gone, so the
     * same login is 401 {@code invalid-credentials}, as for an account that never was). Which of the two a login meets
     * depends only on how far the saga is, so both are the behaviour under test; a login that succeeds is not.
     */
    static void assertRefusedAsDeleted(HttpResponse<String> login) {
        if (login.statusCode() == 403) {
            assertEquals("account-suspended", Identity.problem(login), login.body());
        } else {
            assertEquals(401, login.statusCode(), "refused as suspended or, once erased, as unknown: " + login.body());
            assertEquals("invalid-credentials", Identity.problem(login));
        }
    }

    // --- the user context's events, as its relay writes them ---------------------------------------

    static CloudEvent banned(Identity.Account account, Instant until) {
        return event(new UserBanned(Identity.uuid(account.id()), account.username(), "system test", until, MODERATOR,
                Instant.now()));
    }

    static CloudEvent unbanned(Identity.Account account) {
        return event(new UserUnbanned(Identity.uuid(account.id()), MODERATOR, Instant.now()));
    }

    static CloudEvent deleted(Identity.Account account) {
        return event(new UserDeleted(Identity.uuid(account.id()), account.username(), Instant.now()));
    }

    static CloudEvent rolesChanged(Identity.Account account, Instant at, String role, String... permissions) {
        return event(new RolesChanged(Identity.uuid(account.id()), List.of(role), List.of(permissions), null, at));
    }

    /** A user-context event about the account, in the envelope the platform's outbox writes. */
    static CloudEvent event(UserEvent event) {
        return CloudEvent.of("user", event.type(), event.aggregateId(), EventJson.toJson(event));
    }

    /**
     * Sends a user-context event to {@code nova.user}, keyed by its subject (the user), with the relay's
     * producer and headers.
     */
    static CloudEvent publish(CloudEvent event) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("nova.user", event.subject(), event.toBytes());
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        record.headers().add("traceparent", event.traceparent().getBytes(StandardCharsets.UTF_8));
        events.send(record).get(30, TimeUnit.SECONDS);
        return event;
    }

    /** Waits until identity's consumer has committed its effect of the event. */
    static void awaitApplied(CloudEvent event) {
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> Backbone.count(Identity.database(),
                "SELECT count(*) FROM processed_events WHERE consumer = 'nova.identity.standing' AND event_id = ?",
                event.id()) == 1);
    }

    static void assertAccepted(String accessToken) throws Exception {
        for (Nova.Server server : List.of(Identity.SERVER, CONTENT)) {
            HttpResponse<String> response = SessionsIT.caller(server, accessToken);
            assertEquals(200, response.statusCode(), server.name() + ": " + response.body());
        }
    }

    /** Identity refuses the token at once; another context within seconds. */
    static void assertRefused(String accessToken) throws Exception {
        assertEquals(401, SessionsIT.caller(Identity.SERVER, accessToken).statusCode(), "identity refuses it at once");
        await().atMost(SessionsIT.EVERYWHERE_WITHIN).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            HttpResponse<String> response = SessionsIT.caller(CONTENT, accessToken);
            assertEquals(401, response.statusCode(), "content still accepts it: " + response.body());
        });
    }
}
