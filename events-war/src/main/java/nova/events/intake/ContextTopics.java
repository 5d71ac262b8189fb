package nova.events.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import nova.events.log.EventLog;
import nova.events.saga.SagaProgress;
import nova.events.saga.SagaTrigger;
import nova.platform.events.EventHandler;
import nova.platform.events.IncomingEvents;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * One channel per context topic, each handing its records to every handler of this context that reads the topic:
 * {@link EventLog} (every topic), {@link SagaTrigger} ({@code nova.user}) and {@link SagaProgress} (the topics of the
 * contexts that answer a saga). A channel reads one topic; all of this server's channels are read by one Kafka
 * consumer (the platform's {@code nova-kafka} connector, group {@code nova.events.intake}).
 * <p>
 * Each handler keeps its own inbox key, retries and dead letters, and its own pace ({@link IncomingEvents#deliver(List,
 * Message)}): the log, one insert per event, does not hold up the sagas, which pass over most events, until
 * {@code unacked.limit} records (2000 here) wait for it; a record is acknowledged once all of them are done with it.
 */
@ApplicationScoped
public class ContextTopics {

    @Inject
    IncomingEvents incoming;

    @Inject
    EventLog log;

    @Inject
    SagaTrigger trigger;

    @Inject
    SagaProgress progress;

    @Incoming("log-identity")
    public CompletionStage<Void> identity(Message<byte[]> message) {
        return incoming.deliver(List.<EventHandler>of(log, progress), message);
    }

    @Incoming("log-user")
    public CompletionStage<Void> user(Message<byte[]> message) {
        return incoming.deliver(List.<EventHandler>of(log, trigger), message);
    }

    @Incoming("log-content")
    public CompletionStage<Void> content(Message<byte[]> message) {
        return incoming.deliver(List.<EventHandler>of(log, progress), message);
    }

    @Incoming("log-social")
    public CompletionStage<Void> social(Message<byte[]> message) {
        return incoming.deliver(List.<EventHandler>of(log, progress), message);
    }

    @Incoming("log-media")
    public CompletionStage<Void> media(Message<byte[]> message) {
        return incoming.deliver(List.<EventHandler>of(log, progress), message);
    }

    @Incoming("log-communication")
    public CompletionStage<Void> communication(Message<byte[]> message) {
        return incoming.deliver(List.<EventHandler>of(log, progress), message);
    }

    @Incoming("log-search")
    public CompletionStage<Void> search(Message<byte[]> message) {
        return incoming.deliver(List.<EventHandler>of(log, progress), message);
    }
}
