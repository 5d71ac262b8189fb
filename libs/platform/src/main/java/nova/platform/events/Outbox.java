package nova.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import nova.contracts.event.DomainEvent;
import nova.contracts.event.EventJson;
import nova.platform.persistence.ContextDatabase;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How a context publishes: inside the transaction that changes the aggregate, hand the event to
 * the outbox. The row commits or rolls back with that transaction; the relay sends it after the
 * commit. Calling this outside a transaction is a programming error and fails.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    ContextDatabase database;

    @Inject
    @ConfigProperty(name = "nova.context")
    String context;

    /**
     * Publishes one of this context's events: its record says its type, its aggregate and the
     * aggregate's id (the subject and the record key); its components are the payload.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(DomainEvent event) {
        return publish(event.aggregateType(), event.aggregateId(), event.type(), EventJson.toJson(event));
    }

    /**
     * Publishes one of this context's events about aggregate {@code aggregateType}/{@code aggregateId}.
     *
     * @param type {@code <this context>.<aggregate>.<verb>}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String aggregateType, String aggregateId, String type, JsonObject data) {
        CloudEvent event = CloudEvent.of(context, type, aggregateId, data);
        if (!event.context().equals(context)) {
            throw new IllegalArgumentException("context " + context + " cannot publish " + type);
        }
        write(OutboxEntry.of(aggregateType, event));
        return event;
    }

    /** Writes a prepared entry (a dead letter, a replay) in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(OutboxEntry entry) {
        // the connection is enlisted in the caller's JTA transaction (the same one JPA uses)
        try (Connection connection = database.dataSource().getConnection()) {
            OutboxWriter.write(connection, entry);
        } catch (SQLException e) {
            throw new IllegalStateException("could not write to the outbox: " + e.getMessage(), e);
        }
    }
}
