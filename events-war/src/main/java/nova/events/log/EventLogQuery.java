package nova.events.log;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

/** Reads the event log by type, subject and time window, oldest first. */
@ApplicationScoped
public class EventLogQuery {

    @PersistenceContext(unitName = "events")
    EntityManager entityManager;

    public List<LoggedEvent> find(String type, String subject, Instant from, Instant to, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM LogEntry e WHERE e.time >= :from AND e.time < :to");
        if (type != null) {
            jpql.append(" AND e.type = :type");
        }
        if (subject != null) {
            jpql.append(" AND e.subject = :subject");
        }
        jpql.append(" ORDER BY e.time, e.eventId");
        TypedQuery<LogEntry> query = entityManager.createQuery(jpql.toString(), LogEntry.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(limit);
        if (type != null) {
            query.setParameter("type", type);
        }
        if (subject != null) {
            query.setParameter("subject", subject);
        }
        return query.getResultList().stream().map(LogEntry::view).toList();
    }
}
