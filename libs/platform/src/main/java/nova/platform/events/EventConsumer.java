package nova.platform.events;

import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One consumer's handling of each record its channel delivers: runs the handler through the
 * {@link Inbox} and says when the record is done with, so that its offset is committed only after
 * the effect has committed.
 * <p>
 * Nothing a handler throws escapes (on Liberty an exception escaping an {@code @Incoming} method, or
 * a nacked message, ends that stream for good). A failing event is retried with exponential
 * backoff; after the last attempt it is written to the outbox as a dead letter for
 * {@code nova.deadletter}, with the error, and the partition moves on. Bytes that are not an event,
 * and an event whose payload does not read as its type's record ({@link
 * nova.contracts.event.EventJson.UnreadableEvent}: retrying cannot help), are dead-lettered at once. If even the dead letter cannot be stored (database away), the event is
 * retried from the start: it is never dropped. Records of {@code nova.deadletter} itself are
 * retried without end instead of being dead-lettered again.
 */
public final class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class.getName());
    public static final String DEAD_LETTER_TOPIC = "nova.deadletter";
    public static final String DEAD_LETTER_TYPE = "platform.event.dead_lettered";

    /** How hard to try before dead-lettering. */
    public record Settings(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {
        public static Settings defaults() {
            return new Settings(4, Duration.ofMillis(250), Duration.ofSeconds(5));
        }

        Duration after(Duration backoff) {
            Duration next = backoff.multipliedBy(4);
            return next.compareTo(maxBackoff) > 0 ? maxBackoff : next;
        }
    }

    /** The consumer's business: runs inside the inbox transaction. */
    @FunctionalInterface
    public interface Handler {
        void handle(ReceivedEvent event, java.sql.Connection transaction) throws Exception;
    }

    /** What happened to each record, for metrics. */
    public enum Outcome { PROCESSED, DUPLICATE, IGNORED, RETRIED, DEAD_LETTERED }

    @FunctionalInterface
    public interface Listener {
        void on(Outcome outcome);

        Listener NONE = outcome -> {
        };
    }

    private final String context;
    private final String name;
    private final Inbox inbox;
    private final Handler handler;
    private final java.util.function.Predicate<String> wanted;
    private final Settings settings;
    private final Listener listener;
    private final BooleanSupplier running;

    /**
     * @param context the context this consumer belongs to (the dead letters' source)
     * @param name    the consumer's name, also its Kafka group id and its inbox key
     * @param wanted  the event types the handler has anything to do with; others are passed over ({@link Outcome#IGNORED})
     * @param running false once the server stops: retries end and the record is left undone
     */
    public EventConsumer(String context, String name, Inbox inbox, Handler handler,
                         java.util.function.Predicate<String> wanted, Settings settings, Listener listener,
                         BooleanSupplier running) {
        this.wanted = wanted;
        this.context = context;
        this.name = name;
        this.inbox = inbox;
        this.handler = handler;
        this.settings = settings;
        this.listener = listener;
        this.running = running;
    }

    public String name() {
        return name;
    }

    /**
     * Handles one record to the end: its effect committed (or found already done), passed over, or
     * dead-lettered. Never throws for anything the handler does.
     *
     * @return true when the record is done with (its offset may be committed); false only if the
     * server stopped first
     */
    public boolean process(ConsumerRecord<String, byte[]> record) {
        return process(record, running);
    }

    /** @return false if stopped before the record was done with (its offset must not be committed) */
    private boolean process(ConsumerRecord<String, byte[]> record, BooleanSupplier running) {
        CloudEvent event;
        try {
            event = CloudEvent.parse(record.value());
        } catch (CloudEvent.MalformedEventException e) {
            if (DEAD_LETTER_TOPIC.equals(record.topic())) {
                // a dead letter of a dead letter would circle for ever; there is nothing here to keep
                LOG.log(Level.SEVERE, "Consumer {0} skips unreadable record {1}/{2}/{3}: {4}",
                        new Object[] {name, record.topic(), record.partition(), record.offset(), e.getMessage()});
                return true;
            }
            return deadLetterOrRetry(record, null, e, 1, running);
        }
        if (!wanted.test(event.type())) {
            listener.on(Outcome.IGNORED);
            return true;
        }
        ReceivedEvent received = new ReceivedEvent(record.topic(), record.partition(), record.offset(), record.key(), event);
        Duration backoff = settings.firstBackoff();
        int attempt = 0;
        while (running.getAsBoolean()) {
            attempt++;
            try (TraceContext.Scope trace = TraceContext.enter(event.traceparent())) {
                boolean first = inbox.once(name, event.id(), tx -> handler.handle(received, tx));
                listener.on(first ? Outcome.PROCESSED : Outcome.DUPLICATE);
                return true;
            } catch (VirtualMachineError e) {
                throw e; // out of memory or stack: nothing sensible is left to do on this thread
            } catch (Exception | Error e) {
                // Errors too (a helper class that failed to initialise, an assertion): one bad event must not end the loop
                boolean hopeless = unreadable(e) && !DEAD_LETTER_TOPIC.equals(record.topic());
                if (!hopeless && (attempt < settings.maxAttempts() || DEAD_LETTER_TOPIC.equals(record.topic()))) {
                    // dead letters themselves are never dead-lettered: their consumer retries until it can store them
                    listener.on(Outcome.RETRIED);
                    LOG.log(attempt == settings.maxAttempts() ? Level.WARNING : Level.FINE,
                            "Consumer {0} failed on event {1} (attempt {2}), retrying: {3}",
                            new Object[] {name, event.id(), attempt, describe(e)});
                } else if (deadLetter(record, event, e, attempt)) {
                    return true;
                } else {
                    attempt = 0; // not even the dead letter could be stored: the database is away; start over
                }
                if (!pause(backoff, running)) {
                    return false;
                }
                backoff = settings.after(backoff);
            }
        }
        return false;
    }

    /**
     * Whether {@code error} is (or was caused by) a payload that does not read as its type's record: the same bytes
     * fail the same way on every attempt, so retrying only holds up the records behind it on the partition (four
     * attempts with back-off took about five seconds each, and a run of such records kept a consumer minutes behind).
     */
    static boolean unreadable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof nova.contracts.event.EventJson.UnreadableEvent) {
                return true;
            }
        }
        return false;
    }

    private boolean deadLetterOrRetry(ConsumerRecord<String, byte[]> record, CloudEvent event, Exception error,
                                      int attempts, BooleanSupplier running) {
        Duration backoff = settings.firstBackoff();
        while (running.getAsBoolean()) {
            if (deadLetter(record, event, error, attempts)) {
                return true;
            }
            if (!pause(backoff, running)) {
                break;
            }
            backoff = settings.after(backoff);
        }
        return false;
    }

    private boolean deadLetter(ConsumerRecord<String, byte[]> record, CloudEvent event, Throwable error, int attempts) {
        String reason = describe(error);
        JsonObjectBuilder data = JsonSupport.JSON.createObjectBuilder()
                .add("consumer", name)
                .add("topic", record.topic())
                .add("partition", record.partition())
                .add("offset", record.offset())
                .add("attempts", attempts)
                .add("error", reason)
                .add("failedAt", Instant.now().toString());
        if (record.key() != null) {
            data.add("key", record.key());
        }
        if (event != null) {
            data.add("event", event.toJsonObject());
        } else {
            data.add("raw", record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8));
        }
        String subject = event != null ? event.id().toString()
                : record.topic() + "/" + record.partition() + "/" + record.offset();
        String trace = event != null && event.traceparent() != null ? event.traceparent() : null;
        CloudEvent letter;
        try (TraceContext.Scope scope = TraceContext.enter(trace)) {
            letter = new CloudEvent(UUID.randomUUID(), context, DEAD_LETTER_TYPE, subject, Instant.now(), 1,
                    TraceContext.childOfCurrent(), data.build());
        }
        String key = record.key() != null ? record.key() : subject;
        try {
            inbox.deadLetter(new OutboxEntry(letter.id(), DEAD_LETTER_TOPIC, "dead_letter", key, letter.type(),
                    letter.toJsonObject(), letter.traceparent()));
            listener.on(Outcome.DEAD_LETTERED);
            LOG.log(Level.WARNING, "Consumer {0} dead-lettered {1}/{2}/{3} after {4} attempt(s): {5}",
                    new Object[] {name, record.topic(), record.partition(), record.offset(), attempts, reason});
            return true;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Consumer {0} cannot store a dead letter yet: {1}", new Object[] {name, e.toString()});
            return false;
        }
    }

    /** The error chain as operators need it: types and messages, no stack. */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null && text.length() < 2000; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getName()).append(": ").append(t.getMessage());
        }
        return text.length() > 2000 ? text.substring(0, 2000) : text.toString();
    }

    private static boolean pause(Duration duration, BooleanSupplier running) {
        long until = System.nanoTime() + duration.toNanos();
        try {
            while (running.getAsBoolean() && System.nanoTime() < until) {
                Thread.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            }
            return running.getAsBoolean();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

}
