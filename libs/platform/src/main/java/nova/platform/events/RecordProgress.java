package nova.platform.events;

import java.util.concurrent.atomic.AtomicInteger;

/** How far the channels of a record's topic are with it: its offset may be committed once all are done. */
final class RecordProgress {

    private final long offset;
    private final AtomicInteger channelsLeft;
    private final Runnable onDone;
    private volatile boolean done;

    /** @param onDone run once, by the thread that finishes the record for the last of its {@code channels} */
    RecordProgress(long offset, int channels, Runnable onDone) {
        this.offset = offset;
        this.channelsLeft = new AtomicInteger(channels);
        this.onDone = onDone;
    }

    long offset() {
        return offset;
    }

    boolean done() {
        return done;
    }

    /** One more channel of the topic is done with the record. */
    void channelDone() {
        if (channelsLeft.decrementAndGet() == 0) {
            done = true;
            onDone.run();
        }
    }
}
