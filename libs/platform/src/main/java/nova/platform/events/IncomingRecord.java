package nova.platform.events;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * One record as one channel of a {@link SharedConsumer} receives it. {@code unwrap(ConsumerRecord.class)} gives the
 * record (topic, partition, offset, key, headers), as Liberty's connector does. Acknowledging it finishes it for this
 * channel; its offset is committed once every channel of its topic has finished it and every record before it.
 * Nacking it finishes it too, with a warning: the platform never nacks (a record it cannot handle is dead-lettered
 * and acknowledged), so a nack is a subscriber's failure, and holding the partition on it would stop the group.
 */
final class IncomingRecord implements Message<byte[]> {

    private static final Logger LOG = Logger.getLogger(IncomingRecord.class.getName());

    private final ConsumerRecord<String, byte[]> record;
    private final ChannelFeed feed;
    private final RecordProgress progress;
    private final AtomicBoolean finished = new AtomicBoolean();

    IncomingRecord(ConsumerRecord<String, byte[]> record, ChannelFeed feed, RecordProgress progress) {
        this.record = record;
        this.feed = feed;
        this.progress = progress;
    }

    @Override
    public byte[] getPayload() {
        return record.value();
    }

    @Override
    public Supplier<CompletionStage<Void>> getAck() {
        return this::ack;
    }

    @Override
    public Function<Throwable, CompletionStage<Void>> getNack() {
        return this::nack;
    }

    @Override
    public CompletionStage<Void> ack() {
        finish();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> nack(Throwable reason) {
        LOG.log(Level.WARNING, "channel {0}: {1}/{2}/{3} refused, passed over: {4}", new Object[] {
                feed.channel(), record.topic(), record.partition(), record.offset(), String.valueOf(reason)});
        finish();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public <C> C unwrap(Class<C> type) {
        if (type.isInstance(record)) {
            return type.cast(record);
        }
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new IllegalArgumentException("an incoming record is no " + type.getName());
    }

    private void finish() {
        if (finished.compareAndSet(false, true)) {
            feed.finished();
            progress.channelDone();
        }
    }
}
