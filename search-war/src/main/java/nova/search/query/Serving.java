package nova.search.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nova.search.projection.ProjectionPointer;

/** The generation that answers searches now (one primary-key read per request: a swap is seen at once). */
@ApplicationScoped
public class Serving {

    @PersistenceContext(unitName = "search")
    EntityManager entityManager;

    public long generation() {
        return entityManager.find(ProjectionPointer.class, ProjectionPointer.ID).serving();
    }
}
