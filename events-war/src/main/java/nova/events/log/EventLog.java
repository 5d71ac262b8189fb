package nova.events.log;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletionStage;
import nova.platform.events.CloudEvent;
import nova.platform.events.EventHandler;
import nova.platform.events.IncomingEvents;
import nova.platform.events.ReceivedEvent;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps every event of every context topic in {@code domain_events}, once. The inbox alone makes
 * a redelivery harmless: a second insert of the same event would break the primary key and show
 * up as a dead letter, so a gap in the inbox cannot hide. Single-use secrets in payloads are kept
 * redacted ({@link Redaction}).
 */
@ApplicationScoped
public class EventLog implements EventHandler {

    /** Every context topic, one channel each (the connector reads one topic per channel), all in this consumer's group. */
    static final List<String> TOPICS = List.of("nova.identity", "nova.user", "nova.content", "nova.social", "nova.media",
            "nova.communication");

    @Inject
    IncomingEvents incoming;

    @Incoming("log-identity")
    public CompletionStage<Void> identity(Message<byte[]> message) {
        return incoming.deliver(this, message);
    }

    @Incoming("log-user")
    public CompletionStage<Void> user(Message<byte[]> message) {
        return incoming.deliver(this, message);
    }

    @Incoming("log-content")
    public CompletionStage<Void> content(Message<byte[]> message) {
        return incoming.deliver(this, message);
    }

    @Incoming("log-social")
    public CompletionStage<Void> social(Message<byte[]> message) {
        return incoming.deliver(this, message);
    }

    @Incoming("log-media")
    public CompletionStage<Void> media(Message<byte[]> message) {
        return incoming.deliver(this, message);
    }

    @Incoming("log-communication")
    public CompletionStage<Void> communication(Message<byte[]> message) {
        return incoming.deliver(this, message);
    }

    @Override
    public String name() {
        return "log";
    }

    @Override
    public Collection<String> topics() {
        return TOPICS;
    }

    @Override
    public void handle(ReceivedEvent received, Connection transaction) throws SQLException {
        CloudEvent event = Redaction.forLog(received.event());
        try (PreparedStatement insert = transaction.prepareStatement("""
                INSERT INTO domain_events (event_id, type, source, subject, time, topic, partition, "offset", envelope)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")) {
            insert.setObject(1, event.id());
            insert.setString(2, event.type());
            insert.setString(3, event.source());
            insert.setString(4, event.subject());
            insert.setTimestamp(5, Timestamp.from(event.time()));
            insert.setString(6, received.topic());
            insert.setInt(7, received.partition());
            insert.setLong(8, received.offset());
            insert.setString(9, event.toJson());
            insert.executeUpdate();
        }
    }
}
