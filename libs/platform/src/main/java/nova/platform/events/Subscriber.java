package nova.platform.events;

import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * What most consumers are: an {@link EventHandler} with a fixed name, one topic and a fixed set of
 * event types, each given once by the subclass's constructor, e.g.
 * {@code super("standing", "nova.user", Set.of(UserBanned.TYPE, UserDeleted.TYPE))}. The subclass
 * keeps a no-argument constructor, as a CDI bean needs, and names its channel once, in one method
 * (channel names are static in annotations, and the connector reads the topic from MicroProfile
 * Config, {@code mp.messaging.incoming.<name>.*}):
 * <pre>
 * &#64;Incoming("standing")
 * public CompletionStage&lt;Void&gt; consume(Message&lt;byte[]&gt; message) {
 *     return receive(message);
 * }
 * </pre>
 * (No method here is final: a normal-scoped bean's client proxy overrides every public method, and
 * Weld refuses a bean it cannot proxy.)
 */
public abstract class Subscriber implements EventHandler {

    @Inject
    IncomingEvents incoming;

    private final String name;
    private final List<String> topics;
    private final Set<String> types;

    /**
     * @param name  the consumer's name within its context, also its channel's (its inbox key is {@code nova.<context>.<name>})
     * @param topic the topic it reads
     * @param types the event types it handles; every other type is passed over without a transaction
     */
    protected Subscriber(String name, String topic, Set<String> types) {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("a subscriber of no event type: " + name);
        }
        this.name = name;
        this.topics = List.of(topic);
        this.types = Set.copyOf(types);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Collection<String> topics() {
        return topics;
    }

    @Override
    public boolean wants(String type) {
        return types.contains(type);
    }

    /** Hands one message of this subscriber's channel to {@link IncomingEvents}: inbox, retries, dead letters, ack. */
    protected CompletionStage<Void> receive(Message<byte[]> message) {
        return incoming.deliver(this, message);
    }
}
