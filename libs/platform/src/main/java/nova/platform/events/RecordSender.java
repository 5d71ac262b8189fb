package nova.platform.events;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Where the relay's records leave for the broker. In the servers it is {@link OutboxChannel}, an
 * {@code Emitter} on Reactive Messaging's {@code liberty-kafka} connector.
 */
@FunctionalInterface
public interface RecordSender {

    /**
     * Hands one record over, in order after the ones before it.
     *
     * @return completes once the broker has acknowledged the record, exceptionally if it cannot be delivered
     * @throws RuntimeException if the record is refused at once (it was not handed over)
     */
    CompletionStage<Void> send(ProducerRecord<String, byte[]> record);

    /**
     * Whether {@code topic} exists, as the broker says: asked only after a record for it failed in a way
     * that a missing topic and a broker that is away share (the producer times out waiting for the
     * topic's metadata). Empty if the broker did not answer, or this sender cannot ask: the failure is
     * then taken for the broker's, and no row is parked for it.
     */
    default Optional<Boolean> topicExists(String topic) {
        return Optional.empty();
    }

    /**
     * A sender on a send-with-callback, e.g. {@code RecordSender.of(producer::send)}: for a relay run
     * outside a server (the system tests' replicas, the benchmark), with a producer made from
     * {@link OutboxChannel#producerSettings}.
     */
    static RecordSender of(BiConsumer<ProducerRecord<String, byte[]>, Callback> send) {
        return of(send, null);
    }

    /**
     * As {@link #of(BiConsumer)}, asking the brokers at {@code bootstrap} (if not null) whether a topic
     * exists, as {@link OutboxChannel} does.
     */
    static RecordSender of(BiConsumer<ProducerRecord<String, byte[]>, Callback> send, String bootstrap) {
        return new RecordSender() {
            @Override
            public CompletionStage<Void> send(ProducerRecord<String, byte[]> record) {
                return sendWithCallback(send, record);
            }

            @Override
            public Optional<Boolean> topicExists(String topic) {
                return bootstrap == null ? Optional.empty() : OutboxChannel.topicExists(Map.of("bootstrap.servers", bootstrap), topic);
            }
        };
    }

    private static CompletionStage<Void> sendWithCallback(BiConsumer<ProducerRecord<String, byte[]>, Callback> send,
                                                          ProducerRecord<String, byte[]> record) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        send.accept(record, (metadata, error) -> {
            if (error == null) {
                acknowledged.complete(null);
            } else {
                acknowledged.completeExceptionally(error);
            }
        });
        return acknowledged;
    }
}
