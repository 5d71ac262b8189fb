import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * perf/idle's delivery probe: sends N CloudEvents of type search.idle_probe to nova.search, one at a time with a
 * pause between them (an idle consumer between two events), and prints "id epoch-micros" for each, taken just
 * before the send. The events server's log consumer keeps each in domain_events with received_at; the script
 * subtracts. Args: bootstrap count pause-ms run.
 */
public class LatencyProbe {
    public static void main(String[] args) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", args[0]);
        p.put("acks", "all");
        p.put("linger.ms", "0");
        int count = Integer.parseInt(args[1]);
        long pause = Long.parseLong(args[2]);
        String run = args[3];
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.partitionsFor("nova.search"); // metadata before the first timed send
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                Instant now = Instant.now();
                String json = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/perf/idle\",\"type\":\"search.idle_probe\","
                        + "\"subject\":\"" + run + "\",\"time\":\"" + now + "\",\"datacontenttype\":\"application/json\","
                        + "\"dataschemaversion\":1,\"data\":{\"run\":\"" + run + "\"}}";
                long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
                producer.send(new ProducerRecord<>("nova.search", id.toString(), json)).get();
                System.out.println(id + " " + micros);
                Thread.sleep(pause);
            }
        }
    }
}
