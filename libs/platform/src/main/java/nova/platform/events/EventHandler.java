package nova.platform.events;

import java.sql.Connection;
import java.util.Collection;

/**
 * A context's consumer of events. Every CDI bean implementing this is run by {@link EventBackbone}
 * in its own Kafka consumer group, {@code nova.<context>.<name>}, through the {@link Inbox}: the
 * effect commits with the inbox row, redeliveries are skipped, failures are retried and then
 * dead-lettered.
 */
public interface EventHandler {

    /** The consumer's name within its context, e.g. {@code profiles}. Changing it re-reads all topics. */
    String name();

    /** The topics to read, e.g. {@code nova.identity}. */
    Collection<String> topics();

    /**
     * Applies one event. Runs in a JTA transaction together with the inbox row: JPA and the
     * {@code transaction} connection both take part; throwing rolls both back.
     */
    void handle(ReceivedEvent event, Connection transaction) throws Exception;
}
