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
 * The search projection's consumer of {@code nova.content} (consumer group {@code nova.search.content}): each event search
 * has a use for ({@link Projector#CONTENT_TYPES}) is applied through the inbox, once.
 */
@ApplicationScoped
public class ContentEvents extends Subscriber {

    @Inject
    LiveProjection projection;

    public ContentEvents() {
        super("content", "nova.content", Projector.CONTENT_TYPES);
    }

    @Incoming("content")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    /** The {@code transaction} connection is not used: JPA writes on the same transaction. */
    @Override
    public void handle(ReceivedEvent received, Connection transaction) {
        projection.apply(received);
    }
}
