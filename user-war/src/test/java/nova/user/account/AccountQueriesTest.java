package nova.user.account;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import nova.user.infra.Mappings;
import org.junit.jupiter.api.Test;

/** The deadline job's queries read the entities as mapped (checked by Hibernate, without a database). */
class AccountQueriesTest {

    @Test
    void theDueQueriesFitTheMappings() {
        try (EntityManager entityManager = Mappings.factory().createEntityManager()) {
            for (String jpql : new String[] {AccountService.LAPSING_BANS, AccountService.DUE_DELETIONS}) {
                entityManager.createQuery(jpql, UUID.class).setParameter("now", Instant.now());
            }
        }
    }
}
