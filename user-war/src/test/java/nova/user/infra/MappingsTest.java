package nova.user.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every entity of the context maps, each to the table the migrations create. */
class MappingsTest {

    @Test
    void everyTableOfTheContextIsAnEntity() {
        Set<String> entities = Mappings.factory().getMetamodel().getEntities().stream()
                .map(type -> type.getName()).collect(Collectors.toSet());
        assertEquals(Set.of("User", "Profile", "Settings", "Permission", "RoleDefinition", "RoleGrant"), entities);
        try (EntityManager entityManager = Mappings.factory().createEntityManager()) {
            entityManager.createQuery("SELECT g FROM RoleGrant g JOIN FETCH g.role r LEFT JOIN FETCH r.permissions");
        }
    }
}
