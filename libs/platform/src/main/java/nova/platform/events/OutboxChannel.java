package nova.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * The relay's way out: an {@code Emitter} on the outgoing channel {@value #CHANNEL}, which the
 * {@code liberty-kafka} connector sends with its producer (settings in the platform's
 * META-INF/microprofile-config.properties: idempotent, {@code acks=all}). The payload is the
 * {@link ProducerRecord} itself, so its topic, key (aggregate id) and headers ({@code traceparent})
 * reach Kafka as they are. The connector acknowledges a message once the broker has it and nacks one
 * it cannot deliver; either completes the record's stage.
 * <p>
 * The buffer is unbounded because the relay bounds it: at most {@code pipelineDepth} batches are
 * handed over and not yet acknowledged.
 */
@ApplicationScoped
public class OutboxChannel implements RecordSender {

    public static final String CHANNEL = "nova-outbox";

    @Inject
    @Channel(CHANNEL)
    @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
    Emitter<ProducerRecord<String, byte[]>> emitter;

    @Override
    public CompletionStage<Void> send(ProducerRecord<String, byte[]> record) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        emitter.send(Message.of(record, () -> {
            acknowledged.complete(null);
            return CompletableFuture.completedFuture(null);
        }, error -> {
            acknowledged.completeExceptionally(error);
            return CompletableFuture.completedFuture(null);
        }));
        return acknowledged;
    }

    /**
     * The producer settings this channel's connector gets from the platform's
     * META-INF/microprofile-config.properties, for a relay run outside a server (the system tests'
     * replicas, the benchmark): the same {@code acks}, idempotence, linger and batch size.
     */
    public static Map<String, Object> producerSettings(String bootstrap, String clientId) {
        String prefix = "mp.messaging.outgoing." + CHANNEL + ".";
        Map<String, Object> settings = new HashMap<>();
        try {
            Enumeration<URL> files = OutboxChannel.class.getClassLoader().getResources("META-INF/microprofile-config.properties");
            while (files.hasMoreElements()) {
                Properties config = new Properties();
                try (InputStream in = files.nextElement().openStream()) {
                    config.load(in);
                }
                config.stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                        .forEach(k -> settings.put(k.substring(prefix.length()), config.getProperty(k)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (settings.isEmpty()) {
            throw new IllegalStateException("no " + prefix + "* settings on the class path");
        }
        settings.remove("connector");
        settings.put("bootstrap.servers", bootstrap);
        settings.put("client.id", clientId);
        return settings;
    }
}
