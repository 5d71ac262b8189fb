package nova.events.log;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletionStage;
import nova.platform.events.EventHandler;
import nova.platform.events.IncomingEvents;
import nova.platform.events.ReceivedEvent;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps every event of every context topic in {@code domain_events}, once. The inbox alone makes
 * a redelivery harmless: a second insert of the same event would break the primary key and show
 * up as a dead letter, so a gap in the inbox cannot hide. Single-use secrets in payloads are kept
 * redacted ({@link Redaction}).
 */
@ApplicationScoped
public class EventLog implements EventHandler {

    /** Every context topic, one channel each (the connector reads one topic per channel), all in this consumer's group. */
    static final List<String> TOPICS = List.of("nova.identity", "nova.user", "nova.content", "nova.social", "nova.media",
            "nova.communication");

    @Inject
    IncomingEvents incoming;

    @PersistenceContext(unitName = "events")
    EntityManager entityManager;

    @Incoming("log-identity")
    public CompletionStage<Void> identity(Message<byte[]> message) {
        return incoming.deliver(this, message);
    }

    @Incoming("log-user")
    public CompletionStage<Void> user(Message<byte[]> message) {
        return incoming.deliver(this, message);
    }

    @Incoming("log-content")
    public CompletionStage<Void> content(Message<byte[]> message) {
        return incoming.deliver(this, message);
    }

    @Incoming("log-social")
    public CompletionStage<Void> social(Message<byte[]> message) {
        return incoming.deliver(this, message);
    }

    @Incoming("log-media")
    public CompletionStage<Void> media(Message<byte[]> message) {
        return incoming.deliver(this, message);
    }

    @Incoming("log-communication")
    public CompletionStage<Void> communication(Message<byte[]> message) {
        return incoming.deliver(this, message);
    }

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
