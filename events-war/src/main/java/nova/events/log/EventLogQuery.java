package nova.events.log;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the event log by type, subject, trace and time window, oldest first, a page at a time: a page goes on after
 * the last event of the one before ({@link LogCursor}: its time and id, the log's order), so a page is found through
 * the {@code (time, event_id)} index however deep it is, and an event logged meanwhile is neither skipped nor shown
 * twice unless it is older than the cursor.
 */
@ApplicationScoped
public class EventLogQuery {

    @PersistenceContext(unitName = "events")
    EntityManager entityManager;

    public List<LoggedEvent> find(String type, String subject, Instant from, Instant to, int limit) {
        return find(new LogFilter(type, subject, null, from, to), null, limit).events();
    }

    /**
     * At most {@code limit} events matching {@code filter}, after {@code cursor} (null: from the start), and the
     * cursor of the next page (null when this one is the last).
     */
    public LogPage find(LogFilter filter, LogCursor cursor, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM LogEntry e WHERE e.time >= :from AND e.time < :to");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", filter.from());
        parameters.put("to", filter.to());
        if (filter.type() != null) {
            jpql.append(" AND e.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.subject() != null) {
            jpql.append(" AND e.subject = :subject");
            parameters.put("subject", filter.subject());
        }
        if (filter.traceId() != null) {
            // traceparent = version "-" trace-id "-" parent-id "-" flags (W3C): the trace id is characters 4–35
            jpql.append(" AND SUBSTRING(CAST(FUNCTION('jsonb_extract_path_text', e.envelope, 'traceparent') AS String), 4, 32) = :trace");
            parameters.put("trace", filter.traceId());
        }
        if (cursor != null) {
            jpql.append(" AND (e.time > :afterTime OR (e.time = :afterTime AND e.eventId > :afterId))");
            parameters.put("afterTime", cursor.time());
            parameters.put("afterId", cursor.eventId());
        }
        jpql.append(" ORDER BY e.time, e.eventId");
        // one more than asked: whether there is a next page, without counting
        TypedQuery<LogEntry> query = entityManager.createQuery(jpql.toString(), LogEntry.class).setMaxResults(limit + 1);
        parameters.forEach(query::setParameter);
        List<LogEntry> rows = query.getResultList();
        List<LogEntry> page = rows.size() > limit ? rows.subList(0, limit) : rows;
        // the cursor holds the stored time (to the microsecond), not the envelope's, so it compares as the rows do
        LogCursor next = rows.size() > limit ? page.get(page.size() - 1).cursor() : null;
        return new LogPage(page.stream().map(LogEntry::view).toList(), next);
    }

    /** How many events each topic carried since {@code since} (by event time), topics with none left out. */
    public Map<String, Long> countsByTopicSince(Instant since) {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : entityManager.createQuery("SELECT e.topic, COUNT(e) FROM LogEntry e WHERE e.time >= :since"
                + " GROUP BY e.topic", Object[].class).setParameter("since", since).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }
}
