package nova.events.deadletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import nova.platform.events.CloudEvent;
import nova.platform.events.EventConsumer;
import nova.platform.events.EventHandler;
import nova.platform.events.IncomingEvents;
import nova.platform.events.ReceivedEvent;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Stores what arrives on {@code nova.deadletter} in {@code dead_letter_queue}, pending an operator. A letter
 * stored already (the same id) is left as it is: the inbox makes that rare, this makes it harmless.
 */
@ApplicationScoped
public class DeadLetterIntake implements EventHandler {

    @Inject
    IncomingEvents incoming;

    @PersistenceContext(unitName = "events")
    EntityManager entityManager;

    @Incoming("dead-letters")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return incoming.deliver(this, message);
    }

    @Override
    public String name() {
        return "dead-letters";
    }

    @Override
    public Collection<String> topics() {
        return List.of(EventConsumer.DEAD_LETTER_TOPIC);
    }

    @Override
    public void handle(ReceivedEvent received, Connection transaction) {
        CloudEvent letter = received.event();
        if (entityManager.find(DeadLetterEntry.class, letter.id()) != null) {
            return;
        }
        JsonObject data = letter.data();
        JsonObject event = data.get("event") instanceof JsonObject o ? o : null;
        entityManager.persist(new DeadLetterEntry(letter.id(),
                event == null ? null : UUID.fromString(event.getString("id")),
                event == null ? null : event.getString("type", null),
                data.getString("consumer"), letter.source(), data.getString("topic"), data.getInt("partition"),
                ((JsonNumber) data.get("offset")).longValueExact(),
                data.get("key") instanceof JsonString k ? k.getString() : null,
                data.getInt("attempts"), data.getString("error"),
                event == null ? null : event.toString(),
                data.get("raw") instanceof JsonString r ? r.getString() : null,
                data.get("failedAt") instanceof JsonString t ? Instant.parse(t.getString()) : letter.time()));
        // a letter that does not fit the table fails here, inside the handling, rather than at the commit after it
        entityManager.flush();
    }
}
