package nova.events.saga;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletionStage;
import nova.contracts.events.SagaStepCompleted;
import nova.platform.events.EventHandler;
import nova.platform.events.IncomingEvents;
import nova.platform.events.ReceivedEvent;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Records the contexts' answers ({@code <context>.member.erased|hidden|restored}) on their own topics, one channel
 * per topic, all in consumer group {@code nova.events.saga-progress}. Every other event is passed over without a
 * transaction.
 */
@ApplicationScoped
public class SagaProgress implements EventHandler {

    static final List<String> TOPICS = List.of("nova.identity", "nova.content", "nova.social", "nova.media",
            "nova.communication", "nova.search");

    @Inject
    IncomingEvents incoming;

    @Inject
    Sagas sagas;

    @Incoming("saga-identity")
    public CompletionStage<Void> identity(Message<byte[]> message) {
        return incoming.deliver(this, message);
    }

    @Incoming("saga-content")
    public CompletionStage<Void> content(Message<byte[]> message) {
        return incoming.deliver(this, message);
    }

    @Incoming("saga-social")
    public CompletionStage<Void> social(Message<byte[]> message) {
        return incoming.deliver(this, message);
    }

    @Incoming("saga-media")
    public CompletionStage<Void> media(Message<byte[]> message) {
        return incoming.deliver(this, message);
    }

    @Incoming("saga-communication")
    public CompletionStage<Void> communication(Message<byte[]> message) {
        return incoming.deliver(this, message);
    }

    @Incoming("saga-search")
    public CompletionStage<Void> search(Message<byte[]> message) {
        return incoming.deliver(this, message);
    }

    @Override
    public String name() {
        return "saga-progress";
    }

    @Override
    public Collection<String> topics() {
        return TOPICS;
    }

    @Override
    public boolean wants(String type) {
        return SagaStepCompleted.isCompletion(type);
    }

    @Override
    public void handle(ReceivedEvent received, Connection transaction) {
        sagas.completed(received.data(SagaStepCompleted.class));
    }
}
