package nova.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The events context's operator API checks permissions, not role names: a member's token opens it only when
 * its groups claim carries {@code view_dead_letters} (reading) or {@code manage_dead_letters} (replay, discard),
 * and the operator account (Basic) holds both. Tokens here are signed with identity's real key, so the only
 * thing that differs between them is the groups claim.
 */
class OperatorPermissionsIT {

    private static final List<String> READS = List.of("/events?limit=1", "/subscriptions", "/dead-letters?limit=1");

    @BeforeAll
    static void identitysKey() throws Exception {
        ForgedTokensIT.identitysSigningKey();
    }

    static String tokenWith(String... groups) throws Exception {
        return "Bearer " + ForgedTokensIT.sign(ForgedTokensIT.header(), ForgedTokensIT.claims(
                claims -> claims.add("groups", Json.createArrayBuilder(List.of(groups)))), ForgedTokensIT.identityKey);
    }

    @Test
    void aMemberWithoutThePermissionIsForbiddenEverywhere() throws Exception {
        String member = tokenWith("user");
        for (String path : READS) {
            assertEquals(403, Backbone.as("GET", path, member).statusCode(), path);
        }
        assertEquals(403, Backbone.as("DELETE", "/dead-letters/" + UUID.randomUUID(), member).statusCode());
        assertEquals(403, Backbone.as("POST", "/dead-letters/" + UUID.randomUUID() + "/replay", member).statusCode());
    }

    @Test
    void viewDeadLettersReadsButCannotReplayOrDiscard() throws Exception {
        String viewer = tokenWith("user", "view_dead_letters");
        for (String path : READS) {
            HttpResponse<String> response = Backbone.as("GET", path, viewer);
            assertEquals(200, response.statusCode(), path + ": " + response.body());
        }
        assertEquals(403, Backbone.as("DELETE", "/dead-letters/" + UUID.randomUUID(), viewer).statusCode());
        assertEquals(403, Backbone.as("POST", "/dead-letters/" + UUID.randomUUID() + "/replay", viewer).statusCode());
    }

    @Test
    void manageDeadLettersPassesTheCheckAndMeetsTheStore() throws Exception {
        String manager = tokenWith("user", "view_dead_letters", "manage_dead_letters");
        // past the permission check, an unknown letter is the store's 404, not a 403
        assertEquals(404, Backbone.as("DELETE", "/dead-letters/" + UUID.randomUUID(), manager).statusCode());
        assertEquals(404, Backbone.as("POST", "/dead-letters/" + UUID.randomUUID() + "/replay", manager).statusCode());
    }

    @Test
    void theOperatorAccountHoldsEveryPermission() throws Exception {
        for (String path : READS) {
            assertEquals(200, Backbone.admin("GET", path).statusCode(), path);
        }
        assertEquals(404, Backbone.admin("DELETE", "/dead-letters/" + UUID.randomUUID()).statusCode());
    }
}
