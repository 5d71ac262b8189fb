package nova.events.saga;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import nova.contracts.events.SagaStepCompleted;
import nova.platform.events.EventHandler;
import nova.platform.events.ReceivedEvent;

/**
 * Records the contexts' answers ({@code <context>.member.erased|hidden|restored}) on their own topics, read through
 * the channels it shares with the log ({@link nova.events.intake.ContextTopics}, Kafka group {@code nova.events.intake});
 * its inbox key stays {@code nova.events.saga-progress}. Every other event is passed over without a transaction.
 */
@ApplicationScoped
public class SagaProgress implements EventHandler {

    static final List<String> TOPICS = List.of("nova.identity", "nova.content", "nova.social", "nova.media",
            "nova.communication", "nova.search");

    @Inject
    Sagas sagas;

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
