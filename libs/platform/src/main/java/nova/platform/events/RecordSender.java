package nova.platform.events;

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
     * A sender on a send-with-callback, e.g. {@code RecordSender.of(producer::send)}: for a relay run
     * outside a server (the system tests' replicas, the benchmark), with a producer made from
     * {@link OutboxChannel#producerSettings}.
     */
    static RecordSender of(BiConsumer<ProducerRecord<String, byte[]>, Callback> send) {
        return record -> {
            CompletableFuture<Void> acknowledged = new CompletableFuture<>();
            send.accept(record, (metadata, error) -> {
                if (error == null) {
                    acknowledged.complete(null);
                } else {
                    acknowledged.completeExceptionally(error);
                }
            });
            return acknowledged;
        };
    }
}
