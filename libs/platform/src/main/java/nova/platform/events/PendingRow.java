package nova.platform.events;

import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * A claimed outbox row.
 *
 * @param payload the JSON text as the driver receives it: UTF-8, the record's value as it is
 * @param pending where the locked outbox_pending row is, to delete it when the row is published
 * @param event   where the outbox_events row is, to delete it too when nothing is retained
 */
record PendingRow(long seq, String topic, String key, byte[] payload, String headers, Instant createdAt,
                  String pending, String event) {

    /** The Kafka record: keyed by aggregate id, the row's headers ({@code traceparent}) as record headers. */
    ProducerRecord<String, byte[]> record() {
        var record = new ProducerRecord<>(topic, key, payload);
        try (JsonReader reader = JsonSupport.JSON.createReader(new StringReader(headers))) {
            reader.readObject().forEach((name, value) -> record.headers().add(new RecordHeader(name,
                    ((JsonString) value).getString().getBytes(StandardCharsets.UTF_8))));
        }
        return record;
    }
}
