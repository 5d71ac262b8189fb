package nova.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.Config;
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

    private static final Logger LOG = Logger.getLogger(OutboxChannel.class.getName());
    private static final String CONNECTOR = "mp.messaging.connector.liberty-kafka.";

    @Inject
    Config config;

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
     * Asks the broker with a short-lived admin client (made for the question and closed after it: nothing
     * stays running while every row goes through), with the connector's bootstrap and security settings.
     */
    @Override
    public Optional<Boolean> topicExists(String topic) {
        Map<String, Object> settings = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(CONNECTOR)) {
                String key = name.substring(CONNECTOR.length());
                if (key.equals("bootstrap.servers") || key.startsWith("security.") || key.startsWith("sasl.")
                        || key.startsWith("ssl.")) {
                    config.getOptionalValue(name, String.class).ifPresent(value -> settings.put(key, value));
                }
            }
        }
        return settings.containsKey("bootstrap.servers") ? topicExists(settings, topic) : Optional.empty();
    }

    /**
     * Whether {@code topic} exists, as the brokers of {@code settings} (bootstrap, security) say within a
     * few seconds; empty if they do not answer. A topic we may not describe counts as missing (a record
     * for it could not be written either).
     */
    static Optional<Boolean> topicExists(Map<String, Object> settings, String topic) {
        Map<String, Object> admin = new HashMap<>(settings);
        admin.put(AdminClientConfig.CLIENT_ID_CONFIG, "nova-outbox-topic-check");
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4000);
        admin.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        Admin client = null;
        try {
            client = Admin.create(admin);
            client.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS);
            return Optional.of(true);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException || e.getCause() instanceof TopicAuthorizationException
                    || e.getCause() instanceof InvalidTopicException) {
                return Optional.of(false);
            }
            LOG.log(Level.FINE, "the broker did not say whether topic {0} exists: {1}", new Object[] {topic, e.getCause()});
            return Optional.empty();
        } catch (java.util.concurrent.TimeoutException | RuntimeException e) {
            LOG.log(Level.FINE, "the broker did not say whether topic {0} exists: {1}", new Object[] {topic, e});
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (client != null) {
                client.close(Duration.ofSeconds(1));
            }
        }
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
