package nova.events.deadletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import nova.platform.events.CloudEvent;
import nova.platform.events.EventConsumer;
import nova.platform.events.EventHandler;
import nova.platform.events.IncomingEvents;
import nova.platform.events.ReceivedEvent;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Stores what arrives on {@code nova.deadletter} in {@code dead_letter_queue}, pending an operator. */
@ApplicationScoped
public class DeadLetterIntake implements EventHandler {

    @Inject
    IncomingEvents incoming;

    @Incoming("dead-letters")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return incoming.deliver(this, message);
    }

    @Override
    public String name() {
        return "dead-letters";
    }

    @Override
    public Collection<String> topics() {
        return List.of(EventConsumer.DEAD_LETTER_TOPIC);
    }

    @Override
    public void handle(ReceivedEvent received, Connection transaction) throws SQLException {
        CloudEvent letter = received.event();
        JsonObject data = letter.data();
        JsonObject event = data.get("event") instanceof JsonObject o ? o : null;
        try (PreparedStatement insert = transaction.prepareStatement("""
                INSERT INTO dead_letter_queue (id, event_id, event_type, consumer, reported_by, topic, partition, "offset",
                    record_key, attempts, error, event, raw, failed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) ON CONFLICT (id) DO NOTHING""")) {
            insert.setObject(1, letter.id());
            insert.setObject(2, event == null ? null : UUID.fromString(event.getString("id")), Types.OTHER);
            insert.setString(3, event == null ? null : event.getString("type", null));
            insert.setString(4, data.getString("consumer"));
            insert.setString(5, letter.source());
            insert.setString(6, data.getString("topic"));
            insert.setInt(7, data.getInt("partition"));
            insert.setLong(8, ((JsonNumber) data.get("offset")).longValueExact());
            insert.setString(9, data.get("key") instanceof JsonString k ? k.getString() : null);
            insert.setInt(10, data.getInt("attempts"));
            insert.setString(11, data.getString("error"));
            insert.setString(12, event == null ? null : event.toString());
            insert.setString(13, data.get("raw") instanceof JsonString r ? r.getString() : null);
            insert.setTimestamp(14, Timestamp.from(data.get("failedAt") instanceof JsonString t
                    ? Instant.parse(t.getString()) : letter.time()));
            insert.executeUpdate();
        }
    }
}
