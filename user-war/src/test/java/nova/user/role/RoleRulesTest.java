package nova.user.role;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

class RoleRulesTest {

    @Test
    void theRoleUserStaysWithEveryAccount() {
        Rejection refused = assertThrows(Rejection.class, () -> RoleRules.checkRevocable("user", true, 3));
        assertEquals(400, refused.problem().status());
        assertEquals("role", refused.errors().get(0).field());
        assertEquals(400, assertThrows(Rejection.class, () -> RoleRules.checkRevocable("user", false, 0))
                .problem().status());
    }

    @Test
    void theLastAdminKeepsAdmin() {
        Rejection refused = assertThrows(Rejection.class, () -> RoleRules.checkRevocable("admin", true, 0));
        assertEquals(409, refused.problem().status());
        assertEquals("https://nova.dev/problems/conflict", refused.problem().type().toString());
    }

    @Test
    void anAdminAmongOthersCanLoseIt() {
        assertDoesNotThrow(() -> RoleRules.checkRevocable("admin", true, 1));
    }

    @Test
    void revokingWhatIsNotHeldIsNoChangeAndNoConflict() {
        assertDoesNotThrow(() -> RoleRules.checkRevocable("admin", false, 0));
        assertDoesNotThrow(() -> RoleRules.checkRevocable("moderator", true, 0));
    }

    @Test
    void aDeletedAccountGetsNoRole() {
        assertEquals(409, assertThrows(Rejection.class, () -> RoleRules.checkGrantable("deleted")).problem().status());
        for (String status : new String[] {"active", "banned", "deletion_scheduled"}) {
            assertDoesNotThrow(() -> RoleRules.checkGrantable(status));
        }
    }
}
