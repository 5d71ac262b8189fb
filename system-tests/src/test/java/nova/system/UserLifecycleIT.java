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
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nova.platform.events.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Issue 7 at the user context itself (port 9082), with tokens from identity: a member's profile (media, links,
 * lookup by username) and settings, which nobody else can change; an account's lifecycle — a ban that lapses by
 * itself, a deletion scheduled and cancelled, a deletion that takes effect and leaves nothing of the person, an
 * email proven at identity — each seen as its event on {@code nova.user}.
 */
// never beside another deletion-saga test class: it runs deletion sagas of its own, which AccountDeletionSagaIT's revoked right would stick
@ResourceLock("nova.deletion-sagas")
@MicroShedTest
public class UserLifecycleIT {

    /** MicroShed's consumer of {@code nova.user}; each test's reader takes it over from the topic's end. */
    @KafkaConsumerClient(groupId = "nova.system-tests.user-lifecycle", topics = "nova.user", properties = "enable.auto.commit=false",
            keyDeserializer = StringDeserializer.class, valueDeserializer = ByteArrayDeserializer.class)
    public static KafkaConsumer<String, byte[]> userTopic;

    /** MicroShed's producer, for the events this test writes as identity would, with the relay's durability (every replica, idempotent). */
    @KafkaProducerClient(keySerializer = StringSerializer.class, valueSerializer = ByteArraySerializer.class,
            properties = {"acks=all", "enable.idempotence=true"})
    public static KafkaProducer<String, byte[]> events;

    static final Nova.Server USER = Backbone.server("user");
    static final Nova.Server IDENTITY = Backbone.server("identity");
    static final String NIL = "00000000-0000-0000-0000-000000000000";
    /** How long an event may take from the outbox to the topic, or a job round to come. */
    static final Duration WITHIN = Duration.ofSeconds(30);
    /**
     * HTTP/1.1, as the gateway's REST clients call the contexts. (The JDK client's default upgrades to HTTP/2,
     * where the servers' body-size filter currently refuses every body: Liberty hands it Content-Length twice.)
     */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final DataSource userDb = Backbone.database(USER);

    @BeforeAll
    static void identitysKey() throws Exception {
        ForgedTokensIT.identitysSigningKey();
    }

    // --- profile ----------------------------------------------------------------------------------

    @Test
    void aProfileKeepsMediaAndLinksIsFoundByUsernameInAnyCaseAndIsPublishedWhole() throws Exception {
        Account ada = newcomer("profile");
        Account bob = newcomer("viewer");
        String avatar = UUID.randomUUID().toString();
        String header = UUID.randomUUID().toString();
        try (Backbone.TopicReader topic = new Backbone.TopicReader(userTopic, "nova.user")) {
            HttpResponse<String> changed = call("PATCH", "/users/me/profile", ada.bearer(), """
                    {"displayName":"Ada L.","bio":"Counts things.","locale":"en-gb","avatarMediaId":"%s",
                     "headerMediaId":"%s","links":[{"name":"Blog","url":"https://ada.example/blog"},
                     {"name":" Code ","url":"http://git.example/ada"}]}""".formatted(avatar.toUpperCase(Locale.ROOT), header));
            assertEquals(200, changed.statusCode(), changed.body());
            JsonObject profile = Nova.json(changed.body());
            assertEquals("en-GB", profile.getString("locale"));
            assertEquals(avatar, profile.getString("avatarMediaId"), "ids in their usual lower case");
            assertEquals(List.of(link("Blog", "https://ada.example/blog"), link("Code", "http://git.example/ada")),
                    profile.getJsonArray("links"));
            assertEquals("active", profile.getString("status"));
            assertFalse(profile.getBoolean("verified"));

            // what anyone signed in sees, however they look it up
            JsonObject byId = Nova.json(ok(call("GET", "/users/" + ada.id(), bob.bearer(), null)));
            JsonObject byName = Nova.json(ok(call("GET", "/users/by-username/" + ada.username().toUpperCase(Locale.ROOT),
                    bob.bearer(), null)));
            assertEquals(profile, byId);
            assertEquals(profile, byName);
            JsonArray batch = Backbone.jsonArray(ok(call("GET", "/users?ids=" + bob.id() + "," + ada.id(), bob.bearer(), null)));
            assertEquals(List.of(bob.id().toString(), ada.id().toString()),
                    batch.getValuesAs(JsonObject.class).stream().map(p -> p.getString("id")).toList());
            assertEquals(profile, batch.getJsonObject(1), "the gateway's batch carries the new fields too");
            assertEquals(404, call("GET", "/users/by-username/nobody" + UUID.randomUUID().toString().substring(0, 8),
                    bob.bearer(), null).statusCode());

            CloudEvent updated = awaitEvent(topic, "user.profile.updated", ada.id());
            assertEquals("Ada L.", updated.data().getString("displayName"));
            assertEquals(header, updated.data().getString("headerMediaId"));
            assertEquals(profile.getJsonArray("links"), updated.data().getJsonArray("links"));
            assertFalse(updated.data().getBoolean("verified"));
        }

        // every bad field at once, and nothing changes
        HttpResponse<String> bad = call("PATCH", "/users/me/profile", ada.bearer(), """
                {"displayName":"Evil","avatarMediaId":"not-a-uuid","links":[{"name":"x","url":"javascript:alert(1)"},
                 {"name":"","url":"https://fine.example"}]}""");
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals(List.of("avatarMediaId", "links[0].url", "links[1].name"), fields(bad));
        String fiveLinks = String.join(",", java.util.Collections.nCopies(5, "{\"name\":\"a\",\"url\":\"https://a.example\"}"));
        HttpResponse<String> tooMany = call("PATCH", "/users/me/profile", ada.bearer(), "{\"links\":[" + fiveLinks + "]}");
        assertEquals(List.of("links"), fields(tooMany));
        JsonObject after = Nova.json(ok(call("GET", "/users/me", ada.bearer(), null)));
        assertEquals("Ada L.", after.getString("displayName"), "a refused change changes nothing");
        assertEquals(2, after.getJsonArray("links").size());

        // media removed with the empty string, links with the empty list
        JsonObject cleared = Nova.json(ok(call("PATCH", "/users/me/profile", ada.bearer(),
                "{\"avatarMediaId\":\"\",\"links\":[]}")));
        assertTrue(absent(cleared, "avatarMediaId"), cleared.toString());
        assertEquals(header, cleared.getString("headerMediaId"), "what is left out stays");
        assertEquals(0, cleared.getJsonArray("links").size());
    }

    // --- settings ---------------------------------------------------------------------------------

    @Test
    void settingsStartWithEveryDefaultChangeKeyByKeyAndArePublishedWhole() throws Exception {
        Account ada = newcomer("settings");
        JsonObject defaults = Nova.json(ok(call("GET", "/users/me/settings", ada.bearer(), null)));
        assertFalse(defaults.getBoolean("locked"));
        assertEquals("everyone", defaults.getString("messagePolicy"));
        assertTrue(defaults.getBoolean("discoverable"));
        assertEquals(Json.createObjectBuilder().add("follow", true).add("follow_request", true).add("mention", true)
                .add("reply", true).add("like", true).add("share", true).add("message", true).build(),
                defaults.getJsonObject("notifications"));
        assertEquals(Json.createObjectBuilder().add("notifications", true).add("digest", false).add("product_news", false)
                .build(), defaults.getJsonObject("emails"));

        try (Backbone.TopicReader topic = new Backbone.TopicReader(userTopic, "nova.user")) {
            JsonObject changed = Nova.json(ok(call("PATCH", "/users/me/settings", ada.bearer(), """
                    {"locked":true,"messagePolicy":"mutuals","discoverable":false,"notifications":{"like":false},
                     "emails":{"digest":true}}""")));
            assertTrue(changed.getBoolean("locked"));
            assertEquals("mutuals", changed.getString("messagePolicy"));
            assertFalse(changed.getJsonObject("notifications").getBoolean("like"));
            assertTrue(changed.getJsonObject("notifications").getBoolean("reply"), "keys not named stay");
            assertTrue(changed.getJsonObject("emails").getBoolean("digest"));

            CloudEvent event = awaitEvent(topic, "user.settings.updated", ada.id());
            assertEquals(ada.id().toString(), event.data().getString("userId"));
            assertFalse(event.data().getBoolean("discoverable"));
            assertEquals(changed.getJsonObject("notifications"), event.data().getJsonObject("notifications"));
            assertEquals(changed.getJsonObject("emails"), event.data().getJsonObject("emails"));
        }

        HttpResponse<String> bad = call("PATCH", "/users/me/settings", ada.bearer(),
                "{\"locked\":false,\"messagePolicy\":\"friends\",\"notifications\":{\"likes\":true},\"emails\":{\"spam\":true}}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals(List.of("emails.spam", "messagePolicy", "notifications.likes"), fields(bad));
        JsonObject after = Nova.json(ok(call("GET", "/users/me/settings", ada.bearer(), null)));
        assertTrue(after.getBoolean("locked"), "a refused change changes nothing");
        assertEquals("mutuals", after.getString("messagePolicy"));
    }

    // --- nobody else's ----------------------------------------------------------------------------

    @Test
    void nobodyChangesAnotherUsersProfileOrSettingsAndTryingChangesNothing() throws Exception {
        Account ada = newcomer("owner");
        Account mallory = newcomer("intruder");
        ok(call("PATCH", "/users/me/profile", ada.bearer(), "{\"bio\":\"Mine.\"}"));
        String profileBefore = row("SELECT row_to_json(p)::text FROM user_profiles p WHERE user_id = ?", ada.id());
        String settingsBefore = row("SELECT row_to_json(s)::text FROM user_settings s WHERE user_id = ?", ada.id());
        String statusBefore = row("SELECT row_to_json(u)::text FROM users u WHERE id = ?", ada.id());

        // there is no path to another's profile, settings or deletion: every such attempt is refused
        for (String[] attempt : List.of(
                new String[] {"PATCH", "/users/" + ada.id() + "/profile", "{\"bio\":\"Hacked.\"}"},
                new String[] {"PATCH", "/users/" + ada.id(), "{\"bio\":\"Hacked.\"}"},
                new String[] {"PATCH", "/users/" + ada.id() + "/settings", "{\"locked\":true}"},
                new String[] {"POST", "/users/" + ada.id() + "/deletion", null},
                new String[] {"PUT", "/users/" + ada.id() + "/roles/admin", null},
                new String[] {"POST", "/users/" + ada.id() + "/ban", "{\"reason\":\"Mine now.\"}"})) {
            int status = call(attempt[0], attempt[1], mallory.bearer(), attempt[2]).statusCode();
            assertTrue(status == 403 || status == 404 || status == 405, attempt[0] + " " + attempt[1] + ": " + status);
        }
        // what the intruder changes with their own token is their own
        ok(call("PATCH", "/users/me/profile", mallory.bearer(), "{\"bio\":\"Hacked.\"}"));
        ok(call("PATCH", "/users/me/settings", mallory.bearer(), "{\"locked\":true}"));
        // and without a token nothing is answered at all
        assertEquals(401, call("PATCH", "/users/me/profile", null, "{\"bio\":\"x\"}").statusCode());
        assertEquals(401, call("GET", "/users/me/settings", null, null).statusCode());

        assertEquals(profileBefore, row("SELECT row_to_json(p)::text FROM user_profiles p WHERE user_id = ?", ada.id()));
        assertEquals(settingsBefore, row("SELECT row_to_json(s)::text FROM user_settings s WHERE user_id = ?", ada.id()));
        assertEquals(statusBefore, row("SELECT row_to_json(u)::text FROM users u WHERE id = ?", ada.id()));
        assertEquals("Mine.", Nova.json(ok(call("GET", "/users/" + ada.id(), mallory.bearer(), null))).getString("bio"));
    }

    // --- ban --------------------------------------------------------------------------------------

    @Test
    void aBanWithAnEndShowsOnTheProfileAndLapsesByItself() throws Exception {
        Account ada = newcomer("banned");
        Account bob = newcomer("onlooker");
        // identity ends a banned account's sessions: what the account itself still asks is asked with a token
        // of no session, signed with identity's key (see tokenOf)
        String asAda = tokenOf(ada, "user");
        try (Backbone.TopicReader topic = new Backbone.TopicReader(userTopic, "nova.user")) {
            Instant until = Instant.now().plusSeconds(4);
            JsonObject banned = Nova.json(ok(call("POST", "/users/" + ada.id() + "/ban", operator(),
                    "{\"reason\":\"Cooling off.\",\"until\":\"" + until + "\"}")));
            assertEquals("banned", banned.getString("status"));
            assertEquals("Cooling off.", banned.getString("banReason"));

            assertEquals("banned", Nova.json(ok(call("GET", "/users/" + ada.id(), bob.bearer(), null))).getString("status"),
                    "the profile shows it");
            assertEquals("banned", Nova.json(ok(call("GET", "/users/me/status", asAda, null))).getString("status"));
            assertEquals(409, call("PATCH", "/users/me/profile", asAda, "{\"bio\":\"x\"}").statusCode(),
                    "no changes while banned");
            assertEquals(409, call("PATCH", "/users/me/settings", asAda, "{\"locked\":true}").statusCode());

            CloudEvent ban = awaitEvent(topic, "user.banned", ada.id());
            assertEquals(NIL, ban.data().getString("bannedBy"), "the operator account has no user id");
            assertEquals(ada.username(), ban.data().getString("username"));
            assertEquals("Cooling off.", ban.data().getString("reason"));

            // the job lifts it once its end has come
            await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).until(() ->
                    Nova.json(ok(call("GET", "/users/" + ada.id(), bob.bearer(), null))).getString("status").equals("active"));
            CloudEvent lapsed = awaitEvent(topic, "user.unbanned", ada.id());
            assertTrue(lapsed.data().isNull("unbannedBy"), "nobody lifted it: it lapsed");
            assertEquals(1, count("SELECT count(*) FROM outbox_events WHERE aggregate_id = ? AND type = 'user.unbanned'",
                    ada.id().toString()), "lapsed once");
        }
        JsonObject status = Nova.json(ok(call("GET", "/users/me/status", asAda, null)));
        assertEquals("active", status.getString("status"));
        assertTrue(absent(status, "banReason"), "no ban details once it ended: " + status);
        assertEquals(409, call("DELETE", "/users/" + ada.id() + "/ban", operator(), null).statusCode(), "not banned any more");
        HttpResponse<String> past = call("POST", "/users/" + ada.id() + "/ban", operator(),
                "{\"reason\":\"\",\"until\":\"2000-01-01T00:00:00Z\"}");
        assertEquals(List.of("reason", "until"), fields(past));
        assertEquals("active", Nova.json(ok(call("GET", "/users/me/status", asAda, null))).getString("status"),
                "a refused ban changes nothing");
    }

    // --- deletion ---------------------------------------------------------------------------------

    @Test
    void aDeletionIsScheduledAfterTheGracePeriodAndCanBeCancelled() throws Exception {
        Account ada = newcomer("leaving");
        try (Backbone.TopicReader topic = new Backbone.TopicReader(userTopic, "nova.user")) {
            Instant asked = Instant.now();
            JsonObject scheduled = Nova.json(ok(call("POST", "/users/me/deletion", ada.bearer(), null)));
            assertEquals("deletion_scheduled", scheduled.getString("status"));
            Instant effective = Instant.parse(scheduled.getString("deletionEffectiveAt"));
            assertTrue(Duration.between(asked, effective).minus(Duration.ofDays(30)).abs().getSeconds() < 60,
                    "30 days of grace: " + effective);
            assertEquals(scheduled, Nova.json(ok(call("POST", "/users/me/deletion", ada.bearer(), null))),
                    "asking again keeps the date");
            assertEquals("deletion_scheduled",
                    Nova.json(ok(call("GET", "/users/" + ada.id(), ada.bearer(), null))).getString("status"));

            JsonObject cancelled = Nova.json(ok(call("DELETE", "/users/me/deletion", ada.bearer(), null)));
            assertEquals("active", cancelled.getString("status"));
            assertTrue(absent(cancelled, "deletionEffectiveAt"), cancelled.toString());
            HttpResponse<String> again = call("DELETE", "/users/me/deletion", ada.bearer(), null);
            assertEquals(409, again.statusCode(), again.body());
            assertTrue(Nova.json(again.body()).getString("type").endsWith("/conflict"));

            CloudEvent event = awaitEvent(topic, "user.deletion_scheduled", ada.id());
            assertEquals(effective, Instant.parse(event.data().getString("effectiveAt")));
            awaitEvent(topic, "user.deletion_cancelled", ada.id());
        }
        assertEquals(1, count("SELECT count(*) FROM outbox_events WHERE aggregate_id = ? AND type = 'user.deletion_scheduled'",
                ada.id().toString()), "scheduled once");
    }

    @Test
    void aDeletionTakesEffectWhenItsDateComesAndLeavesNothingOfThePerson() throws Exception {
        Account ada = newcomer("deleted");
        Account bob = newcomer("witness");
        ok(call("PATCH", "/users/me/profile", ada.bearer(), """
                {"displayName":"Ada Lovelace","bio":"Counts things.","locale":"en","avatarMediaId":"%s",
                 "links":[{"name":"Blog","url":"https://ada.example"}]}""".formatted(UUID.randomUUID())));
        ok(call("PUT", "/users/" + ada.id() + "/roles/moderator", operator(), null));
        ok(call("POST", "/users/me/deletion", ada.bearer(), null));

        try (Backbone.TopicReader topic = new Backbone.TopicReader(userTopic, "nova.user")) {
            // the grace period is over: the job's clock is the row's date
            assertEquals(1, update("""
                    UPDATE users SET deletion_effective_at = now() - interval '1 second'
                    WHERE id = ? AND status = 'deletion_scheduled'""", ada.id()));

            CloudEvent deleted = awaitEvent(topic, "user.deleted", ada.id());
            assertEquals(ada.username(), deleted.data().getString("username"));
            CloudEvent roles = awaitEvent(topic, "user.roles.changed", ada.id(),
                    e -> e.data().getJsonArray("roles").isEmpty());
            assertEquals(0, roles.data().getJsonArray("permissions").size());
        }
        // gone for everyone, the owner too (identity ends the account's sessions: the owner asks with a token of
        // no session, signed with identity's key)
        String asAda = tokenOf(ada, "user");
        assertEquals(404, call("GET", "/users/" + ada.id(), bob.bearer(), null).statusCode());
        assertEquals(404, call("GET", "/users/by-username/" + ada.username(), bob.bearer(), null).statusCode());
        assertEquals(404, call("GET", "/users/me", asAda, null).statusCode());
        assertEquals(List.of(bob.id().toString()), Backbone.jsonArray(ok(call("GET", "/users?ids=" + ada.id() + "," + bob.id(),
                bob.bearer(), null))).getValuesAs(JsonObject.class).stream().map(p -> p.getString("id")).toList());
        assertEquals(404, call("PATCH", "/users/me/profile", asAda, "{\"bio\":\"back\"}").statusCode());
        assertEquals(404, call("GET", "/users/me/settings", asAda, null).statusCode());
        assertEquals(404, call("POST", "/users/me/deletion", asAda, null).statusCode());
        assertEquals("deleted", Nova.json(ok(call("GET", "/users/me/status", asAda, null))).getString("status"));
        assertEquals(409, call("POST", "/users/" + ada.id() + "/ban", operator(), "{\"reason\":\"Too late.\"}").statusCode(),
                "a deleted account cannot be banned");

        // nothing of the person is left in the profile, and no role
        assertEquals("Deleted user||||[]|", row("""
                SELECT concat_ws('|', display_name, coalesce(bio, ''), coalesce(locale, ''), coalesce(avatar_media_id::text, ''),
                       links::text, coalesce(header_media_id::text, ''))
                FROM user_profiles WHERE user_id = ?""", ada.id()));
        assertEquals(0, count("SELECT count(*) FROM user_roles WHERE user_id = ?", ada.id()));
        assertEquals(1, count("SELECT count(*) FROM outbox_events WHERE aggregate_id = ? AND type = 'user.deleted'",
                ada.id().toString()), "deleted once");
    }

    // --- registration -----------------------------------------------------------------------------

    @Test
    void aRegistrationPublishesOneProfileCreatedEvenWhenIdentitysEventComesTwice() throws Exception {
        DataSource eventsLog = Backbone.database(Backbone.EVENTS);
        try (Backbone.TopicReader topic = new Backbone.TopicReader(userTopic, "nova.user")) {
            Account ada = newcomer("created");
            CloudEvent created = awaitEvent(topic, "user.profile.created", ada.id());
            assertEquals(Json.createObjectBuilder().add("userId", ada.id().toString()).add("username", ada.username())
                    .add("displayName", ada.username()).add("discoverable", true)
                    .add("emails", Json.createObjectBuilder().add("digest", false).add("notifications", true)
                            .add("product_news", false))
                    .add("createdAt", created.data().getString("createdAt")).addNull("locale").build(), created.data(),
                    "what search and communication need; no email address (identity's)");

            // the owner changes the profile; then identity's registration arrives again: as the same event (the
            // inbox passes it over) and as a new event with the same content (the account is here already)
            ok(call("PATCH", "/users/me/profile", ada.bearer(), "{\"displayName\":\"Ada Again\"}"));
            CloudEvent registered = registration(eventsLog, ada.id());
            assertEquals(Instant.parse(registered.data().getString("registeredAt")),
                    Instant.parse(created.data().getString("createdAt")), "stamped with the registration");
            CloudEvent copy = new CloudEvent(UUID.randomUUID(), registered.source(), registered.type(),
                    registered.subject(), registered.time(), registered.dataschemaversion(), null, registered.data());
            deliverAndAwait(registered, copy);

            assertEquals(1, published("user.profile.created", ada.id()), "published once");
            assertEquals(1, count("SELECT count(*) FROM users WHERE id = ?", ada.id()));
            assertEquals(1, count("SELECT count(*) FROM user_roles WHERE user_id = ?", ada.id()));
            assertEquals("Ada Again", Nova.json(ok(call("GET", "/users/me", ada.bearer(), null))).getString("displayName"),
                    "a registration applied again keeps what the owner changed since");
            await().atMost(WITHIN).pollInterval(Duration.ofMillis(250)).until(() -> Backbone.count(eventsLog,
                    "SELECT count(*) FROM domain_events WHERE type = 'user.profile.created' AND subject = ?",
                    ada.id().toString()) == 1);
            assertEquals(List.of(created.id()), topic.events().stream()
                    .filter(e -> e.type().equals("user.profile.created") && e.subject().equals(ada.id().toString()))
                    .map(CloudEvent::id).distinct().toList(), "one event on nova.user");
        }
    }

    /** Identity's {@code identity.user.registered} of {@code userId}, as the events log keeps it. */
    static CloudEvent registration(DataSource eventsLog, UUID userId) throws Exception {
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(250)).until(() -> Backbone.count(eventsLog,
                "SELECT count(*) FROM domain_events WHERE type = 'identity.user.registered' AND subject = ?",
                userId.toString()) == 1);
        return CloudEvent.parse(row(eventsLog,
                "SELECT envelope::text FROM domain_events WHERE type = 'identity.user.registered' AND subject = ?",
                userId.toString()));
    }

    // --- verification -----------------------------------------------------------------------------

    @Test
    void identitysEmailProofVerifiesTheUserOnce() throws Exception {
        Account ada = newcomer("verified");
        Instant proven = Instant.parse("2026-11-25T12:00:00.123456Z");
        CloudEvent proof = emailVerified(ada, proven);
        try (Backbone.TopicReader topic = new Backbone.TopicReader(userTopic, "nova.user")) {
            publishToIdentityTopic(proof);

            await().atMost(WITHIN).pollInterval(Duration.ofMillis(250)).until(() ->
                    Nova.json(ok(call("GET", "/users/" + ada.id(), ada.bearer(), null))).getBoolean("verified"));
            CloudEvent verified = awaitEvent(topic, "user.verified", ada.id());
            assertEquals(ada.username(), verified.data().getString("username"));
            assertEquals(proven, Instant.parse(verified.data().getString("verifiedAt")));
        }
        // the same event again, and a second proof: applied (the inbox says so), published never again
        CloudEvent second = emailVerified(ada, proven.plusSeconds(60));
        deliverAndAwait(proof, second);
        assertEquals(1, published("user.verified", ada.id()));
        assertEquals(proven, Instant.parse(row("SELECT to_char(verified_at AT TIME ZONE 'UTC', "
                + "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') FROM users WHERE id = ?", ada.id())));
    }

    static CloudEvent emailVerified(Account account, Instant at) {
        return CloudEvent.of("identity", "identity.email.verified", account.id().toString(), Json.createObjectBuilder()
                .add("userId", account.id().toString()).add("email", account.username() + "@example.org")
                .add("verifiedAt", at.toString()).build());
    }

    /**
     * Sends identity's events about one account in this order and waits until the user context has applied the
     * last: one partition per account, read in order, so by then it has read every one before.
     */
    void deliverAndAwait(CloudEvent... events) throws Exception {
        for (CloudEvent event : events) {
            publishToIdentityTopic(event);
        }
        String last = events[events.length - 1].id().toString();
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(250)).until(() -> count(
                "SELECT count(*) FROM processed_events WHERE consumer = 'nova.user.accounts' AND event_id = ?::uuid",
                last) == 1);
    }

    /** How many events of {@code type} about {@code userId} the user context has written to its outbox. */
    long published(String type, UUID userId) throws Exception {
        return count("SELECT count(*) FROM outbox_events WHERE aggregate_id = ? AND type = ?", userId.toString(), type);
    }

    /** As identity's relay would: keyed by the user id, so it lands on the partition of the account's registration. */
    static void publishToIdentityTopic(CloudEvent event) throws Exception {
        events.send(new ProducerRecord<>("nova.identity", event.subject(), event.toBytes())).get(30, TimeUnit.SECONDS);
    }

    // --- helpers shared with RolesAndPermissionsIT -------------------------------------------------

    /** A registered member with one access token from identity. */
    record Account(UUID id, String username, String accessToken) {
        String bearer() {
            return "Bearer " + accessToken;
        }
    }

    /**
     * Registers at identity ({@code POST /accounts}), logs in ({@code POST /sessions}) and waits until the user
     * context has the profile (it arrives through identity.user.registered).
     */
    static Account newcomer(String tag) throws Exception {
        Map<String, Object> input = FirstJourneyIT.newcomer(tag);
        String username = (String) input.get("username");
        HttpResponse<String> registered = post(IDENTITY, "/accounts", Json.createObjectBuilder(input).build().toString());
        assertEquals(201, registered.statusCode(), registered.body());
        UUID id = UUID.fromString(Nova.json(registered.body()).getString("id"));
        HttpResponse<String> login = post(IDENTITY, "/sessions", Json.createObjectBuilder()
                .add("login", username).add("password", FirstJourneyIT.PASSWORD).build().toString());
        assertEquals(200, login.statusCode(), login.body());
        Account account = new Account(id, username, Nova.json(login.body()).getString("accessToken"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> call("GET", "/users/me", account.bearer(), null).statusCode() == 200);
        return account;
    }

    static HttpResponse<String> post(Nova.Server server, String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.http(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> call(String method, String path, String authorization, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(USER.http(path)).timeout(Duration.ofSeconds(20))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The operator account, over HTTP Basic. */
    static String operator() {
        String credentials = Nova.env("NOVA_ADMIN_USER") + ":" + Nova.env("NOVA_ADMIN_PASSWORD");
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A token of {@code account} whose groups are exactly {@code groups}, signed with identity's real key and tied
     * to no session: identity's revocations (it ends a banned or deleted account's sessions) do not reach it, and
     * it carries whatever permissions a test needs, as identity's tokens will once its projection of
     * {@code user.roles.changed} fills {@code groups}.
     */
    static String tokenOf(Account account, String... groups) throws Exception {
        return "Bearer " + ForgedTokensIT.sign(ForgedTokensIT.header(), ForgedTokensIT.claims(claims -> claims
                .add("sub", account.id().toString()).add("upn", account.username())
                .add("groups", Json.createArrayBuilder(List.of(groups)))), ForgedTokensIT.identityKey);
    }

    /** A field the answer leaves out (JSON-B writes no nulls) or sets to null. */
    static boolean absent(JsonObject json, String name) {
        return !json.containsKey(name) || json.isNull(name);
    }

    static String ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.request().method() + " " + response.uri() + ": " + response.body());
        return response.body();
    }

    /** The fields a 400 names, sorted. */
    static List<String> fields(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return Nova.json(response.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).sorted().toList();
    }

    static JsonObject link(String name, String url) {
        return Json.createObjectBuilder().add("name", name).add("url", url).build();
    }

    static CloudEvent awaitEvent(Backbone.TopicReader topic, String type, UUID subject) {
        return awaitEvent(topic, type, subject, e -> true);
    }

    /** The first event of {@code type} about {@code subject} on the topic that also passes {@code test}. */
    static CloudEvent awaitEvent(Backbone.TopicReader topic, String type, UUID subject,
                                 java.util.function.Predicate<CloudEvent> test) {
        java.util.concurrent.atomic.AtomicReference<CloudEvent> found = new java.util.concurrent.atomic.AtomicReference<>();
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> {
            Optional<CloudEvent> event = topic.events().stream()
                    .filter(e -> e.type().equals(type) && e.subject().equals(subject.toString()) && test.test(e)).findFirst();
            event.ifPresent(found::set);
            return event.isPresent();
        });
        assertEquals("user", found.get().source());
        return found.get();
    }

    long count(String sql, Object... args) throws Exception {
        return Backbone.count(userDb, sql, args);
    }

    String row(String sql, UUID id) throws Exception {
        return row(userDb, sql, id);
    }

    /** The one value of the one row {@code sql} finds in {@code db} for {@code arg}. */
    static String row(DataSource db, String sql, Object arg) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, arg);
            try (ResultSet rs = s.executeQuery()) {
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
                assertEquals(1, rows.size(), sql);
                return rows.get(0);
            }
        }
    }

    int update(String sql, UUID id) throws Exception {
        try (Connection c = userDb.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            return s.executeUpdate();
        }
    }
}
