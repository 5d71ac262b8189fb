package nova.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Roles and bans over GraphQL. The user context decides who may (manage_roles, ban_users in the token's
 * groups); the gateway passes the refusal on as FORBIDDEN, and a refused attempt changes nothing. A ban
 * reaches identity: the banned member's logins are ACCOUNT_SUSPENDED until it is lifted.
 */
class AdministrationGraphqlIT {

    static final String ROLES = "{ roles { name description permissions } }";
    static final String USER_ROLES = "query roles($userId: ID!) { userRoles(userId: $userId) { userId roles permissions } }";
    static final String GRANT = "mutation grant($userId: ID!, $role: String!) { grantRole(userId: $userId, role: $role) {"
            + " userId roles permissions } }";
    static final String REVOKE = "mutation revoke($userId: ID!, $role: String!) { revokeRole(userId: $userId, role: $role) {"
            + " userId roles permissions } }";
    static final String BAN = "mutation ban($userId: ID!, $reason: String!, $until: DateTime) {"
            + " banUser(userId: $userId, reason: $reason, until: $until) { userId state banReason bannedUntil } }";
    static final String UNBAN = "mutation unban($userId: ID!) { unbanUser(userId: $userId) { userId state banReason bannedUntil } }";

    @Test
    void aPlainMemberIsForbiddenEverythingAndChangesNothing() throws Exception {
        Members.Member mallory = Members.newcomer("plain");
        Members.Member bob = Members.newcomer("target");

        for (Gql.Result refused : List.of(
                mallory.execute(GRANT, Map.of("userId", bob.id(), "role", "admin")),
                mallory.execute(GRANT, Map.of("userId", mallory.id(), "role", "admin")),
                mallory.execute(REVOKE, Map.of("userId", bob.id(), "role", "moderator")),
                mallory.execute(BAN, Map.of("userId", bob.id(), "reason", "because I can")),
                mallory.execute(UNBAN, Map.of("userId", bob.id())),
                mallory.execute(USER_ROLES, Map.of("userId", bob.id())),
                mallory.execute(ROLES))) {
            assertEquals(Optional.of("FORBIDDEN"), refused.code(), refused.errors().toString());
        }

        assertEquals(List.of("user"), Members.roles(bob.id()), "bob got no role");
        assertEquals(List.of("user"), Members.roles(mallory.id()), "mallory did not make herself admin");
        assertEquals("ACTIVE", bob.execute(ProfileSettingsGraphqlIT.MY_STATUS).data("myStatus").getString("state"),
                "bob is not banned");
        assertEquals(List.of(), Members.tryLogin(bob.username(), bob.password()).errors(), "and still logs in");
        assertFalse(Members.groups(mallory.loggedInAgain().accessToken()).contains("manage_roles"));
    }

    @Test
    void anAdminGrantsAndRevokesRolesAndTheNextTokenCarriesThem() throws Exception {
        Members.Member admin = Members.withRole("admin", "admin", "manage_roles");
        Members.Member bob = Members.newcomer("promoted");

        List<JsonObject> roles = admin.execute(ROLES).response().getData().getJsonArray("roles").getValuesAs(JsonObject.class);
        assertTrue(roles.stream().map(r -> r.getString("name")).toList().containsAll(List.of("admin", "moderator", "user")),
                roles.toString());

        JsonObject granted = admin.execute(GRANT, Map.of("userId", bob.id(), "role", "moderator")).data("grantRole");
        assertEquals(bob.id(), granted.getString("userId"));
        assertEquals(List.of("moderator", "user"), Members.strings(granted, "roles"));
        assertTrue(Members.strings(granted, "permissions").contains("ban_users"), granted.toString());
        assertEquals(granted, admin.execute(GRANT, Map.of("userId", bob.id(), "role", "moderator")).data("grantRole"),
                "granting it again changes nothing");
        assertEquals(granted, admin.execute(USER_ROLES, Map.of("userId", bob.id())).data("userRoles"));
        Members.awaitPermission(bob, "ban_users");

        JsonObject revoked = admin.execute(REVOKE, Map.of("userId", bob.id(), "role", "moderator")).data("revokeRole");
        assertEquals(List.of("user"), Members.strings(revoked, "roles"));
        assertEquals(List.of("user"), Members.roles(bob.id()));

        assertEquals(Optional.of("NOT_FOUND"), admin.execute(GRANT, Map.of("userId", bob.id(), "role", "emperor")).code());
        assertEquals(Optional.of("NOT_FOUND"), admin.execute(GRANT, Map.of("userId", bob.id(), "role", "../admin")).code());
        assertEquals(Optional.of("NOT_FOUND"), admin.execute(GRANT, Map.of("userId", UUID.randomUUID().toString(),
                "role", "moderator")).code());
        assertEquals(Optional.of("VALIDATION_FAILED"), admin.execute(REVOKE, Map.of("userId", bob.id(), "role", "user")).code(),
                "every account keeps the role user");
        assertEquals(List.of("user"), Members.roles(bob.id()));
    }

    @Test
    void aBanSuspendsTheAccountUntilItIsLifted() throws Exception {
        Members.Member moderator = Members.withRole("moderator", "moderator", "ban_users");
        Members.Member bob = Members.newcomer("banned");
        String until = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();

        assertEquals(Optional.of("VALIDATION_FAILED"), moderator.execute(BAN, Map.of("userId", bob.id(), "reason", "")).code(),
                "a ban needs a reason");
        assertEquals(Optional.of("VALIDATION_FAILED"),
                moderator.execute(BAN, Map.of("userId", moderator.id(), "reason", "testing myself")).code(),
                "nobody bans themselves");
        assertEquals(Optional.of("CONFLICT"), moderator.execute(UNBAN, Map.of("userId", bob.id())).code(), "not banned yet");
        assertEquals(List.of(), Members.tryLogin(bob.username(), bob.password()).errors());

        JsonObject banned = moderator.execute(BAN, Map.of("userId", bob.id(), "reason", "spam", "until", until)).data("banUser");
        assertEquals("BANNED", banned.getString("state"));
        assertEquals("spam", banned.getString("banReason"));
        assertEquals(Instant.parse(until), Instant.parse(banned.getString("bannedUntil")));
        assertEquals("BANNED", moderator.execute(ProfileSettingsGraphqlIT.USER, Map.of("id", bob.id())).data("user")
                .getString("status"));

        // identity hears of it: the right password now earns ACCOUNT_SUSPENDED, and bob's token stops working
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertEquals(Optional.of("ACCOUNT_SUSPENDED"), Members.tryLogin(bob.username(), bob.password()).code()));
        assertEquals(Optional.of("UNAUTHENTICATED"), Members.tryLogin(bob.username(), bob.password() + "!").code(),
                "a wrong password says nothing about the ban");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertEquals(Optional.of("UNAUTHENTICATED"), bob.execute("{ sessions { id } }").code()));

        JsonObject lifted = moderator.execute(UNBAN, Map.of("userId", bob.id())).data("unbanUser");
        assertEquals("ACTIVE", lifted.getString("state"));
        assertTrue(lifted.isNull("banReason"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertEquals(List.of(), Members.tryLogin(bob.username(), bob.password()).errors()));
    }
}
