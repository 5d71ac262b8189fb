package nova.platform.events;

import java.sql.Connection;
import java.util.Collection;

/**
 * A context's consumer of events. Each is fed by its own {@code @Incoming} channel (most extend
 * {@link Subscriber}, whose {@code receive} the channel method calls; others call
 * {@link IncomingEvents#deliver}) in its own Kafka consumer group, {@code nova.<context>.<name>},
 * through the {@link Inbox}: the effect commits with the inbox row, redeliveries are skipped,
 * failures are retried and then dead-lettered, and the offset is committed after the effect.
 */
public interface EventHandler {

    /** The consumer's name within its context, e.g. {@code profiles}. Changing it re-reads all topics. */
    String name();

    /** The topics to read, e.g. {@code nova.identity}. */
    Collection<String> topics();

    /**
     * Whether this consumer has anything to do with an event of {@code type}. Events it does not
     * want are passed over without a transaction or an inbox row: a consumer of one event type on
     * a busy topic costs next to nothing for the rest. All types by default.
     */
    default boolean wants(String type) {
        return true;
    }

    /**
     * Applies one event. Runs in a JTA transaction together with the inbox row: JPA and the
     * {@code transaction} connection both take part; throwing rolls both back.
     */
    void handle(ReceivedEvent event, Connection transaction) throws Exception;
}
