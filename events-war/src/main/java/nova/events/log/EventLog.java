package nova.events.log;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import nova.platform.events.EventHandler;
import nova.platform.events.ReceivedEvent;

/**
 * Keeps every event of every context topic in {@code domain_events}, once. The inbox alone makes
 * a redelivery harmless: a second insert of the same event would break the primary key and show
 * up as a dead letter, so a gap in the inbox cannot hide. Single-use secrets in payloads are kept
 * redacted ({@link Redaction}).
 */
@ApplicationScoped
public class EventLog implements EventHandler {

    /** Every context topic, read by {@link nova.events.intake.ContextTopics}' channels (this consumer's group). */
    static final List<String> TOPICS = List.of("nova.identity", "nova.user", "nova.content", "nova.social", "nova.media",
            "nova.communication", "nova.search");

    @PersistenceContext(unitName = "events")
    EntityManager entityManager;

    @Override
    public String name() {
        return "log";
    }

    @Override
    public Collection<String> topics() {
        return TOPICS;
    }

    @Override
    public void handle(ReceivedEvent received, Connection transaction) {
        entityManager.persist(new LogEntry(Redaction.forLog(received.event()), received.topic(), received.partition(),
                received.offset()));
        // a second copy breaks the primary key here, inside the handling (and ends as a dead letter), not at the commit
        entityManager.flush();
    }
}
