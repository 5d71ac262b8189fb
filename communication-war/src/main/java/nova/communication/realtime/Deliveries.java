package nova.communication.realtime;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.enterprise.inject.Instance;
import nova.contracts.communication.Message;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the push does with the messages themselves (the core's, through {@link MessageLedger}): a message written to a
 * recipient's connection here is marked delivered for them (off the consumer's thread), and a reconnecting client
 * gets the messages it missed since the last one it saw, oldest first, at most {@code nova.realtime.catch-up-limit}
 * (500; a client that missed more reads its conversations through the API).
 */
@ApplicationScoped
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());

    @Inject
    Instance<MessageLedger> ledger;

    @Inject
    Connections connections;

    @Inject
    @ConfigProperty(name = "nova.realtime.catch-up-limit", defaultValue = "500")
    int catchUpLimit;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /** A frame was handed to this server's connections: a message reached the recipients connected here. */
    void pushed(Delivery delivery) {
        if (!Frame.MESSAGE.equals(delivery.frame().type())) {
            return;
        }
        JsonObject data = delivery.frame().data();
        UUID sender = UUID.fromString(data.getString("senderId"));
        UUID conversation = UUID.fromString(data.getString("conversationId"));
        UUID message = UUID.fromString(data.getString("messageId"));
        List<UUID> reached = delivery.recipients().stream()
                .filter(id -> !id.equals(sender) && connections.isConnected(id)).toList();
        if (reached.isEmpty() || !ledger.isResolvable()) {
            return;
        }
        MessageLedger messages = ledger.get();
        executor.execute(() -> {
            for (UUID recipient : reached) {
                try {
                    messages.markDelivered(recipient, conversation, message);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "message {0} not marked delivered: {1}", new Object[] {message, e.toString()});
                }
            }
        });
    }

    /**
     * Pushes the messages {@code userId} missed after {@code afterMessageId} to {@code connection}, oldest first, on a
     * managed thread: the WebSocket container's read threads carry no transaction context, in which the persistence
     * context cannot be used (Liberty fails the EntityManager call there).
     */
    void catchUp(UUID userId, UUID afterMessageId, Connection connection) {
        executor.execute(() -> {
            try {
                replay(userId, afterMessageId, connection);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "catch-up failed: {0}", e.toString());
            }
        });
    }

    private void replay(UUID userId, UUID afterMessageId, Connection connection) {
        if (!ledger.isResolvable()) {
            LOG.warning("no message ledger in this server: a reconnecting client cannot catch up");
            return;
        }
        MessageLedger messages = ledger.get();
        List<Message> missed = messages.since(userId, afterMessageId, catchUpLimit);
        for (Message message : missed) {
            connection.send(new Frame(Frame.MESSAGE, new FrameCursor(message.sentAt(), message.id()), data(message)).toJson());
        }
        // each conversation up to its newest missed message from someone else
        java.util.Map<UUID, UUID> newest = new java.util.LinkedHashMap<>();
        for (Message message : missed) {
            if (!message.senderId().equals(userId)) {
                newest.put(message.conversationId(), message.id());
            }
        }
        newest.forEach((conversation, upTo) -> {
            try {
                messages.markDelivered(userId, conversation, upTo);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "caught-up messages not marked delivered: {0}", e.toString());
            }
        });
    }

    /** A missed message as a live push carries it ({@code MessageSent}'s fields, without the recipients). */
    static JsonObject data(Message message) {
        JsonArrayBuilder media = Json.createArrayBuilder();
        message.mediaIds().forEach(id -> media.add(id.toString()));
        return Json.createObjectBuilder()
                .add("messageId", message.id().toString())
                .add("conversationId", message.conversationId().toString())
                .add("senderId", message.senderId().toString())
                .add("text", message.text() == null ? "" : message.text())
                .add("mediaIds", media)
                .add("sentAt", message.sentAt().toString())
                .add("catchUp", true)
                .build();
    }
}
