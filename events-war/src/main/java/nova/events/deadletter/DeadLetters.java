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
import java.util.List;
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

    @PersistenceContext(unitName = "events")
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    public List<DeadLetter> list(String status, String consumer, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT d FROM DeadLetterEntry d WHERE 1 = 1");
        if (status != null) {
            jpql.append(" AND d.status = :status");
        }
        if (consumer != null) {
            jpql.append(" AND d.consumer = :consumer");
        }
        jpql.append(" ORDER BY d.recordedAt DESC, d.id");
        TypedQuery<DeadLetterEntry> query = entityManager.createQuery(jpql.toString(), DeadLetterEntry.class)
                .setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (consumer != null) {
            query.setParameter("consumer", consumer);
        }
        return query.getResultList().stream().map(DeadLetterEntry::view).toList();
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
        String key = seen.key() != null ? seen.key() : event.getString("subject");
        outbox.write(new OutboxEntry(UUID.randomUUID(), seen.topic(), "replay", key, event.getString("type"), event,
                event.getString("traceparent", null)));
        letter.resolve("replayed", operator);
        return letter.view();
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
