package nova.events.deadletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nova.platform.events.CloudEvent;
import nova.platform.events.Outbox;
import nova.platform.events.OutboxEntry;

/**
 * The dead-letter store: list, inspect, replay, discard. A replay sends the original event, with
 * its original id, back to its topic through this context's outbox, in the same transaction that
 * marks the letter replayed: consumers that had processed it skip it (inbox), the one that failed
 * applies it. A replay or discard holds the letter's row lock from its first read, so of two at
 * once one waits and then finds the letter no longer pending (409).
 */
@ApplicationScoped
public class DeadLetters {

    /** Hibernate's lock timeout for {@code SKIP LOCKED}. */
    private static final int SKIP_LOCKED = -2;

    @PersistenceContext(unitName = "events")
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    public List<DeadLetter> list(String status, String consumer, int limit) {
        return list(new DeadLetterFilter(status, null, consumer, null, null, null), limit);
    }

    /** Newest first. */
    public List<DeadLetter> list(DeadLetterFilter filter, int limit) {
        return query("SELECT d", filter, " ORDER BY d.recordedAt DESC, d.id", DeadLetterEntry.class)
                .setMaxResults(limit).getResultList().stream().map(DeadLetterEntry::view).toList();
    }

    public long count(DeadLetterFilter filter) {
        return query("SELECT COUNT(d)", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, DeadLetterFilter filter, String order, Class<T> result) {
        StringBuilder jpql = new StringBuilder(select).append(" FROM DeadLetterEntry d WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status() != null) {
            jpql.append(" AND d.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.type() != null) {
            jpql.append(" AND d.eventType = :type");
            parameters.put("type", filter.type());
        }
        if (filter.consumer() != null) {
            jpql.append(" AND d.consumer = :consumer");
            parameters.put("consumer", filter.consumer());
        }
        if (filter.from() != null) {
            jpql.append(" AND d.failedAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            jpql.append(" AND d.failedAt < :to");
            parameters.put("to", filter.to());
        }
        if (filter.error() != null) {
            jpql.append(" AND LOWER(d.error) LIKE :error ESCAPE '\\'");
            parameters.put("error", filter.errorPattern());
        }
        TypedQuery<T> query = entityManager.createQuery(jpql.append(order).toString(), result);
        parameters.forEach(query::setParameter);
        return query;
    }

    public Optional<DeadLetter> find(UUID id) {
        return Optional.ofNullable(entityManager.find(DeadLetterEntry.class, id)).map(DeadLetterEntry::view);
    }

    /** Sends the event back to its topic. Only a pending letter of a readable event can be replayed. */
    @Transactional(rollbackOn = Exception.class)
    public DeadLetter replay(UUID id, String operator) {
        DeadLetterEntry letter = locked(id);
        DeadLetter seen = letter.view();
        JsonObject event = seen.event() != null ? seen.event() : readableNow(seen.raw());
        if (event == null) {
            throw new ClientErrorException("dead letter " + id + " holds no readable event; it can only be discarded", 409);
        }
        requirePending(letter, id);
        send(letter, event, operator);
        return letter.view();
    }

    private void send(DeadLetterEntry letter, JsonObject event, String operator) {
        DeadLetter seen = letter.view();
        String key = seen.key() != null ? seen.key() : event.getString("subject");
        outbox.write(new OutboxEntry(UUID.randomUUID(), seen.topic(), "replay", key, event.getString("type"), event,
                event.getString("traceparent", null)));
        letter.resolve("replayed", operator);
    }

    /**
     * Replays (or discards) at most {@code limit} pending letters matching {@code filter}, oldest first, in one
     * transaction: each replay is an outbox row written with its letter's new status, so all of them go or none.
     * Letters another operator holds at that moment (a single replay under way) are skipped, not waited for.
     */
    @Transactional(rollbackOn = Exception.class)
    public BulkOutcome resolveAll(DeadLetterFilter filter, boolean replay, int limit, String operator) {
        DeadLetterFilter pending = filter.pending();
        long matched = count(pending);
        List<DeadLetterEntry> letters = query("SELECT d", pending, " ORDER BY d.recordedAt, d.id", DeadLetterEntry.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .setMaxResults(limit).getResultList();
        int replayed = 0;
        int discarded = 0;
        int unreadable = 0;
        for (DeadLetterEntry letter : letters) {
            if (!replay) {
                letter.resolve("discarded", operator);
                discarded++;
                continue;
            }
            DeadLetter seen = letter.view();
            JsonObject event = seen.event() != null ? seen.event() : readableNow(seen.raw());
            if (event == null) {
                unreadable++;
            } else {
                send(letter, event, operator);
                replayed++;
            }
        }
        entityManager.flush();
        return new BulkOutcome(matched, replayed, discarded, unreadable, count(pending));
    }

    /**
     * A record that was unreadable when it was dead-lettered may read now: the fix that makes it readable (a
     * consumer's envelope parser that refused a valid type, say) is exactly what a replay waits for.
     */
    static JsonObject readableNow(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return CloudEvent.parse(raw).toJsonObject();
        } catch (RuntimeException stillUnreadable) {
            return null;
        }
    }

    /** Sets a pending letter aside for good; it stays listed with status {@code discarded}. */
    @Transactional(rollbackOn = Exception.class)
    public void discard(UUID id, String operator) {
        DeadLetterEntry letter = locked(id);
        if (!letter.view().status().equals("discarded")) {
            requirePending(letter, id);
            letter.resolve("discarded", operator);
        }
    }

    /** The letter, read under its row lock (SELECT … FOR UPDATE) for the rest of the transaction. */
    private DeadLetterEntry locked(UUID id) {
        DeadLetterEntry letter = entityManager.find(DeadLetterEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (letter == null) {
            throw new NotFoundException("no dead letter " + id);
        }
        return letter;
    }

    private static void requirePending(DeadLetterEntry letter, UUID id) {
        if (!letter.pending()) {
            throw new ClientErrorException("dead letter " + id + " is no longer pending", 409);
        }
    }
}
