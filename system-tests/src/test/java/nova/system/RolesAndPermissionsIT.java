package nova.system;

import org.microshed.testing.kafka.KafkaConsumerClient;
import org.microshed.testing.jupiter.MicroShedTest;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import static nova.system.UserLifecycleIT.awaitEvent;
import static nova.system.UserLifecycleIT.call;
import static nova.system.UserLifecycleIT.newcomer;
import static nova.system.UserLifecycleIT.ok;
import static nova.system.UserLifecycleIT.operator;
import static nova.system.UserLifecycleIT.tokenOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nova.platform.events.CloudEvent;
import nova.platform.security.Permissions;
import nova.system.UserLifecycleIT.Account;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RBAC at the user context: granting and revoking need {@code manage_roles}, banning {@code ban_users} — held
 * by the operator account (HTTP Basic, how the first admin is made) and by tokens whose groups carry them — and a
 * denied attempt changes nothing. Tokens carrying a permission are signed here with identity's real key (as
 * OperatorPermissionsIT does), their subject a real account that holds the role granting it: the same token
 * identity issues once its projection of {@code user.roles.changed} puts permissions in {@code groups}.
 */
@MicroShedTest
public class RolesAndPermissionsIT {

    /** MicroShed's consumer of {@code nova.user}; each test's reader takes it over from the topic's end. */
    @KafkaConsumerClient(groupId = "nova.system-tests.roles-and-permissions", topics = "nova.user", properties = "enable.auto.commit=false",
            keyDeserializer = StringDeserializer.class, valueDeserializer = ByteArrayDeserializer.class)
    public static KafkaConsumer<String, byte[]> userTopic;

    private final DataSource userDb = Backbone.database(UserLifecycleIT.USER);

    @BeforeAll
    static void identitysKey() throws Exception {
        ForgedTokensIT.identitysSigningKey();
    }

    @Test
    void aPlainMemberCannotListGrantRevokeOrBanAndTheAttemptChangesNothing() throws Exception {
        Account mallory = newcomer("plain");
        Account bob = newcomer("target");
        String[][] attempts = {
                {"GET", "/users/roles", null},
                {"GET", "/users/" + bob.id() + "/roles", null},
                {"PUT", "/users/" + mallory.id() + "/roles/admin", null},
                {"PUT", "/users/" + bob.id() + "/roles/moderator", null},
                {"DELETE", "/users/" + bob.id() + "/roles/user", null},
                {"POST", "/users/" + bob.id() + "/ban", "{\"reason\":\"Because.\"}"},
                {"DELETE", "/users/" + bob.id() + "/ban", null}};
        for (String[] attempt : attempts) {
            HttpResponse<String> refused = call(attempt[0], attempt[1], mallory.bearer(), attempt[2]);
            assertEquals(403, refused.statusCode(), attempt[0] + " " + attempt[1] + ": " + refused.body());
            assertEquals(401, call(attempt[0], attempt[1], null, attempt[2]).statusCode(), "without credentials");
            assertEquals(401, call(attempt[0], attempt[1], "Basic " + java.util.Base64.getEncoder()
                    .encodeToString("admin:wrong".getBytes()), attempt[2]).statusCode(), "with a wrong operator password");
        }
        // the same attempt with a token whose groups carry another permission is refused as well
        assertEquals(403, call("PUT", "/users/" + mallory.id() + "/roles/admin", tokenOf(mallory, "user", "ban_users",
                "moderate_content"), null).statusCode());

        JsonObject roles = Nova.json(ok(call("GET", "/users/" + bob.id() + "/roles", operator(), null)));
        assertEquals(List.of("user"), strings(roles.getJsonArray("roles")), "nothing granted, nothing revoked");
        assertEquals(List.of("user"), strings(Nova.json(ok(call("GET", "/users/" + mallory.id() + "/roles", operator(),
                null))).getJsonArray("roles")));
        assertEquals("active", Nova.json(ok(call("GET", "/users/me/status", bob.bearer(), null))).getString("status"));
        for (Account account : List.of(mallory, bob)) {
            assertEquals(0, Backbone.count(userDb, """
                    SELECT count(*) FROM outbox_events WHERE aggregate_id = ?
                    AND type IN ('user.roles.changed', 'user.banned', 'user.unbanned')""", account.id().toString()));
        }
    }

    @Test
    void theOperatorMakesAnAdminWhoseTokenManagesRolesAndEveryChangeIsPublished() throws Exception {
        Account ada = newcomer("admin");
        Account bob = newcomer("promoted");
        JsonObject catalog = roleNamed(Backbone.jsonArray(ok(call("GET", "/users/roles", operator(), null))), "admin");
        assertEquals(Permissions.ALL.stream().sorted().toList(), strings(catalog.getJsonArray("permissions")));

        try (Backbone.TopicReader topic = new Backbone.TopicReader(userTopic, "nova.user")) {
            JsonObject granted = Nova.json(ok(call("PUT", "/users/" + ada.id() + "/roles/admin", operator(), null)));
            assertEquals(List.of("admin", "user"), strings(granted.getJsonArray("roles")));
            assertEquals(Permissions.ALL.stream().sorted().toList(), strings(granted.getJsonArray("permissions")));
            assertEquals(granted, Nova.json(ok(call("PUT", "/users/" + ada.id() + "/roles/admin", operator(), null))),
                    "granting again changes nothing");

            CloudEvent changed = awaitEvent(topic, "user.roles.changed", ada.id());
            assertEquals(granted.getJsonArray("roles"), changed.data().getJsonArray("roles"));
            assertEquals(granted.getJsonArray("permissions"), changed.data().getJsonArray("permissions"));
            assertTrue(changed.data().isNull("changedBy"), "the operator account has no user id");

            // the admin's token (groups as identity will issue them) manages roles in turn
            String adminToken = tokenOf(ada, "user", Permissions.MANAGE_ROLES, Permissions.BAN_USERS);
            JsonObject moderator = Nova.json(ok(call("PUT", "/users/" + bob.id() + "/roles/moderator", adminToken, null)));
            assertEquals(List.of("moderator", "user"), strings(moderator.getJsonArray("roles")));
            assertEquals(List.of(Permissions.BAN_USERS, Permissions.MODERATE_CONTENT),
                    strings(moderator.getJsonArray("permissions")));
            CloudEvent byAdmin = awaitEvent(topic, "user.roles.changed", bob.id());
            assertEquals(ada.id().toString(), byAdmin.data().getString("changedBy"));

            JsonObject revoked = Nova.json(ok(call("DELETE", "/users/" + bob.id() + "/roles/moderator", adminToken, null)));
            assertEquals(List.of("user"), strings(revoked.getJsonArray("roles")));
            assertEquals(List.of(), strings(revoked.getJsonArray("permissions")));
            awaitEvent(topic, "user.roles.changed", bob.id(), e -> e.data().getJsonArray("roles").size() == 1);
        }
        assertEquals(1, Backbone.count(userDb, "SELECT count(*) FROM outbox_events WHERE aggregate_id = ? "
                + "AND type = 'user.roles.changed'", ada.id().toString()), "one change, one event");

        // what no grant or revocation may do
        HttpResponse<String> unknownRole = call("PUT", "/users/" + bob.id() + "/roles/overlord", operator(), null);
        assertEquals(404, unknownRole.statusCode(), unknownRole.body());
        assertEquals(404, call("PUT", "/users/" + UUID.randomUUID() + "/roles/moderator", operator(), null).statusCode());
        assertEquals(404, call("GET", "/users/not-an-id/roles", operator(), null).statusCode());
        HttpResponse<String> keepUser = call("DELETE", "/users/" + bob.id() + "/roles/user", operator(), null);
        assertEquals(400, keepUser.statusCode(), keepUser.body());
        assertEquals(List.of("user"), strings(Nova.json(ok(call("GET", "/users/" + bob.id() + "/roles", operator(), null)))
                .getJsonArray("roles")));
    }

    @Test
    void anAdminAmongOthersCanLoseAdmin() throws Exception {
        Account first = newcomer("admin1");
        Account second = newcomer("admin2");
        ok(call("PUT", "/users/" + first.id() + "/roles/admin", operator(), null));
        ok(call("PUT", "/users/" + second.id() + "/roles/admin", operator(), null));
        // revoking admin from one of two: the other still manages roles (the last one could not be revoked: 409)
        JsonObject revoked = Nova.json(ok(call("DELETE", "/users/" + first.id() + "/roles/admin",
                tokenOf(second, "user", Permissions.MANAGE_ROLES), null)));
        assertEquals(List.of("user"), strings(revoked.getJsonArray("roles")));
        assertEquals(List.of(), strings(revoked.getJsonArray("permissions")));
        assertEquals(0, Backbone.count(userDb, "SELECT count(*) FROM user_roles WHERE user_id = ? AND role_name = 'admin'",
                first.id()));
        assertTrue(Backbone.count(userDb, "SELECT count(*) FROM user_roles WHERE role_name = 'admin'") >= 1);
    }

    @Test
    void aTokenCarryingBanUsersBansAndOneWithoutItIsForbidden() throws Exception {
        Account moderator = newcomer("moderator");
        Account bob = newcomer("spammer");
        ok(call("PUT", "/users/" + moderator.id() + "/roles/moderator", operator(), null));
        String withoutPermission = tokenOf(moderator, "user", Permissions.MODERATE_CONTENT);
        String withPermission = tokenOf(moderator, "user", Permissions.MODERATE_CONTENT, Permissions.BAN_USERS);

        assertEquals(403, call("POST", "/users/" + bob.id() + "/ban", withoutPermission, "{\"reason\":\"Spam.\"}").statusCode());
        assertEquals("active", Nova.json(ok(call("GET", "/users/me/status", bob.bearer(), null))).getString("status"),
                "the refused ban changed nothing");

        try (Backbone.TopicReader topic = new Backbone.TopicReader(userTopic, "nova.user")) {
            JsonObject banned = Nova.json(ok(call("POST", "/users/" + bob.id() + "/ban", withPermission,
                    "{\"reason\":\"Spam, repeatedly.\"}")));
            assertEquals("banned", banned.getString("status"));
            assertTrue(UserLifecycleIT.absent(banned, "bannedUntil"), "a ban without end: " + banned);
            CloudEvent event = awaitEvent(topic, "user.banned", bob.id());
            assertEquals(moderator.id().toString(), event.data().getString("bannedBy"));
            assertTrue(event.data().isNull("until"));

            // nobody bans themselves; a moderator cannot grant roles
            HttpResponse<String> self = call("POST", "/users/" + moderator.id() + "/ban", withPermission, "{\"reason\":\"Me.\"}");
            assertEquals(400, self.statusCode(), self.body());
            assertEquals(403, call("PUT", "/users/" + moderator.id() + "/roles/admin", withPermission, null).statusCode());

            JsonObject unbanned = Nova.json(ok(call("DELETE", "/users/" + bob.id() + "/ban", withPermission, null)));
            assertEquals("active", unbanned.getString("status"));
            CloudEvent lifted = awaitEvent(topic, "user.unbanned", bob.id());
            assertEquals(moderator.id().toString(), lifted.data().getString("unbannedBy"));
        }
        assertEquals("active", Nova.json(ok(call("GET", "/users/me/status", moderator.bearer(), null))).getString("status"));
        assertEquals(404, call("POST", "/users/" + UUID.randomUUID() + "/ban", withPermission, "{\"reason\":\"Who?\"}")
                .statusCode());
    }

    static JsonObject roleNamed(JsonArray roles, String name) {
        return roles.getValuesAs(JsonObject.class).stream().filter(r -> r.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no role " + name + " in " + roles));
    }

    static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
