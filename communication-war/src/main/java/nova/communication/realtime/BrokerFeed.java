package nova.communication.realtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.platform.events.CloudEvent;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Every replica's own reader of {@code nova.communication}: its consumer group is
 * {@code nova.communication.realtime.<instance>} ({@link InstanceId}), so each replica sees every event and pushes it
 * to the connections it holds. Not an inbox consumer: a push has no effect in the database to make idempotent (a
 * repeated frame carries the same payload id), and the replicas share one database, where an inbox row written by
 * one would make the other skip the event. It starts at the newest record (a restarted replica has no connections
 * to tell about the past; a reconnecting client catches up from the database), acknowledges every record once it
 * is handed to the connections, and never fails the stream: a record it cannot read is logged and passed over.
 */
@ApplicationScoped
public class BrokerFeed {

    private static final Logger LOG = Logger.getLogger(BrokerFeed.class.getName());

    @Inject
    Connections connections;

    @Inject
    Deliveries deliveries;

    @Incoming("realtime")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        try {
            CloudEvent event = CloudEvent.parse(message.getPayload());
            Optional<Delivery> delivery = Delivery.of(event.type(), event.data());
            if (delivery.isPresent()) {
                connections.push(delivery.get().frame(), delivery.get().recipients());
                deliveries.pushed(delivery.get());
            }
        } catch (RuntimeException e) { // MalformedEventException, IllegalArgumentException: nothing to push
            LOG.log(Level.WARNING, "a record of nova.communication was not pushed: {0}", e.getMessage());
        }
        return message.ack();
    }
}
