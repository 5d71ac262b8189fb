package nova.search.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.concurrent.CompletionStage;
import nova.platform.events.ReceivedEvent;
import nova.platform.events.Subscriber;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The search projection's consumer of {@code nova.social} (consumer group {@code nova.search.social}): each event search
 * has a use for ({@link Projector#SOCIAL_TYPES}) is applied through the inbox, once.
 */
@ApplicationScoped
public class SocialEvents extends Subscriber {

    @Inject
    LiveProjection projection;

    public SocialEvents() {
        super("social", "nova.social", Projector.SOCIAL_TYPES);
    }

    @Incoming("social")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    /** The {@code transaction} connection is not used: JPA writes on the same transaction. */
    @Override
    public void handle(ReceivedEvent received, Connection transaction) {
        projection.apply(received);
    }
}
