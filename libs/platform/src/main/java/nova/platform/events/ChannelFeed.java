package nova.platform.events;

import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * One {@code @Incoming} channel of a {@link SharedConsumer}: the records of its topic, handed to the channel's one
 * subscriber as fast as it asks for them (Reactive Streams demand). What it has not asked for yet waits here; the
 * shared consumer stops fetching the topic while {@code limit} records are waiting or handed over and not finished
 * (the channel's {@code unacked.limit}), so a slow channel holds back its topic, never the group's other topics.
 */
final class ChannelFeed implements Publisher<Message<byte[]>>, Subscription {

    private static final Logger LOG = Logger.getLogger(ChannelFeed.class.getName());

    private final String channel;
    private final int limit;
    private final Runnable onSubscribed;
    private final Queue<Message<byte[]>> waiting = new ConcurrentLinkedQueue<>();
    /** Records waiting or handed over, not finished (acknowledged or refused). */
    private final AtomicInteger unfinished = new AtomicInteger();
    private final AtomicLong requested = new AtomicLong();
    private final AtomicInteger drains = new AtomicInteger();
    private volatile Subscriber<? super Message<byte[]>> subscriber;
    private volatile boolean cancelled;

    /**
     * @param onSubscribed run once the channel has its subscriber (the shared consumer starts reading then)
     */
    ChannelFeed(String channel, int limit, Runnable onSubscribed) {
        if (limit < 1) {
            throw new IllegalArgumentException("channel " + channel + ": unacked.limit must be at least 1, not " + limit);
        }
        this.channel = channel;
        this.limit = limit;
        this.onSubscribed = onSubscribed;
    }

    String channel() {
        return channel;
    }

    /** Whether the channel has as many unfinished records as it takes: its topic is not fetched meanwhile. */
    boolean full() {
        return unfinished.get() >= limit;
    }

    /** Takes one record of the topic for the subscriber (on the consumer's thread, in the partition's order). */
    void offer(Message<byte[]> message) {
        unfinished.incrementAndGet();
        waiting.add(message);
        drain();
    }

    /** One of this channel's records is finished with. */
    void finished() {
        unfinished.decrementAndGet();
    }

    @Override
    public void subscribe(Subscriber<? super Message<byte[]>> s) {
        Objects.requireNonNull(s, "subscriber");
        synchronized (this) {
            if (subscriber != null) {
                s.onSubscribe(new Subscription() {
                    @Override
                    public void request(long n) {
                    }

                    @Override
                    public void cancel() {
                    }
                });
                s.onError(new IllegalStateException("channel " + channel + " has a subscriber already"));
                return;
            }
            subscriber = s;
        }
        s.onSubscribe(this);
        onSubscribed.run();
    }

    @Override
    public void request(long n) {
        if (n <= 0) { // Reactive Streams §3.9
            Subscriber<? super Message<byte[]>> s = subscriber;
            cancel();
            if (s != null) {
                s.onError(new IllegalArgumentException("channel " + channel + ": a request of " + n + " records"));
            }
            return;
        }
        requested.accumulateAndGet(n, (current, more) -> current + more < 0 ? Long.MAX_VALUE : current + more);
        drain();
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    /** Hands waiting records over while the subscriber wants them; one thread at a time (Reactive Streams §1.3). */
    private void drain() {
        if (drains.getAndIncrement() != 0) {
            return; // the thread draining now sees this call's record or demand before it leaves
        }
        int missed = 1;
        do {
            Subscriber<? super Message<byte[]>> s = subscriber;
            while (s != null && !cancelled && requested.get() > 0) {
                Message<byte[]> next = waiting.poll();
                if (next == null) {
                    break;
                }
                requested.decrementAndGet();
                try {
                    s.onNext(next);
                } catch (RuntimeException e) { // §2.13 forbids it; the record stays unfinished until the restart
                    LOG.log(Level.SEVERE, "channel " + channel + ": its subscriber failed on a record", e);
                }
            }
            missed = drains.addAndGet(-missed);
        } while (missed != 0);
    }
}
