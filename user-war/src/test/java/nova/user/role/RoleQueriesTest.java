package nova.user.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import nova.user.infra.Mappings;
import org.junit.jupiter.api.Test;

/** The role queries read the entities as mapped (checked by Hibernate, without a database). */
class RoleQueriesTest {

    @Test
    void everyQueryFitsTheMappings() {
        try (EntityManager entityManager = Mappings.factory().createEntityManager()) {
            entityManager.createQuery(RoleService.CATALOG, RoleDefinition.class);
            entityManager.createQuery(RoleService.GRANTS, RoleGrant.class).setParameter("userId", java.util.UUID.randomUUID());
            entityManager.createQuery(RoleService.OTHER_HOLDERS, Long.class).setParameter("role", "admin")
                    .setParameter("userId", java.util.UUID.randomUUID());
            // and the check is real: a path the entities do not have is refused
            assertThrows(IllegalArgumentException.class, () -> entityManager.createQuery(
                    "SELECT g FROM RoleGrant g WHERE g.id.roleId = 1", RoleGrant.class));
        }
    }

    @Test
    void aRoleShowsItsPermissionsSorted() {
        RoleDefinition moderator = new RoleDefinition("moderator", "Moderates", Set.of(
                permission("moderate_content"), permission("ban_users")));
        assertEquals(new nova.contracts.user.Role("moderator", "Moderates", List.of("ban_users", "moderate_content")),
                moderator.view());
    }

    private static Permission permission(String name) {
        return new Permission(name, "about " + name);
    }
}
