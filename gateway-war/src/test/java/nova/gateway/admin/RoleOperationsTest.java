package nova.gateway.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nova.gateway.infra.ApiError;
import nova.gateway.infra.UserIds;
import org.junit.jupiter.api.Test;

class RoleOperationsTest {

    @Test
    void aRoleNameThatCannotBeOneIsNotFoundWithoutACall() {
        assertEquals("moderator", RoleOperations.roleName("moderator"));
        for (String odd : new String[] {"", "../admin", "a/b", "x".repeat(65), "mod erator"}) {
            assertEquals(ApiError.Code.NOT_FOUND, assertThrows(ApiError.class, () -> RoleOperations.roleName(odd)).code(), odd);
        }
    }

    @Test
    void aMalformedUserIdIsNotFoundLikeAnUnknownOne() {
        ApiError error = assertThrows(ApiError.class, () -> UserIds.parse("42"));
        assertEquals(ApiError.Code.NOT_FOUND, error.code());
        assertEquals("There is no user with this id.", error.getMessage());
    }
}
