package nova.communication.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.logging.Logger;
import nova.platform.events.ReceivedEvent;
import nova.platform.events.Subscriber;
import nova.platform.persistence.DatabaseTime;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumer {@code nova.communication.push} (one group for all replicas: each notification is pushed once): every
 * {@code communication.notification.sent} (a message's recipients get a {@code message} notification too) goes to each
 * of the recipient's push tokens as a Web Push, encrypted for that browser. A token the push service says is gone is
 * deleted; an accepted push stamps {@code last_used_at}. A push that fails is not retried (the notification stays in
 * the app); the event is done either way.
 */
@ApplicationScoped
public class PushDispatch extends Subscriber {

    private static final Logger LOG = Logger.getLogger(PushDispatch.class.getName());
    static final String NOTIFICATION_SENT = "communication.notification.sent";

    @Inject
    PushTokens tokens;

    @Inject
    Providers providers;

    @PersistenceContext(unitName = "communication")
    EntityManager entityManager;

    public PushDispatch() {
        super("push", "nova.communication", Set.of(NOTIFICATION_SENT));
    }

    @Incoming("push")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    @Override
    public void handle(ReceivedEvent received, Connection transaction) {
        Optional<WebPushProvider> webPush = providers.webPush();
        if (webPush.isEmpty()) {
            return;
        }
        JsonObject data = received.event().data();
        UUID recipient = UUID.fromString(data.getString("recipientId"));
        List<StoredPushToken> targets = tokens.of(recipient);
        if (targets.isEmpty()) {
            return;
        }
        byte[] payload = payload(data);
        int gone = 0;
        for (StoredPushToken token : targets) {
            DeliveryProvider.DeliveryResult result = webPush.get().deliver(token.destination(), payload);
            switch (result.outcome()) {
                case DELIVERED -> token.used(DatabaseTime.now());
                case GONE -> {
                    entityManager.remove(token);
                    gone++;
                }
                default -> LOG.fine(() -> "push to token " + token.id() + " not delivered: " + result.status());
            }
        }
        if (gone > 0) {
            LOG.fine("push tokens gone: " + gone);
        }
    }

    /** What the service worker gets: the notification, enough to show it and to open its target. */
    static byte[] payload(JsonObject data) {
        JsonObjectBuilder payload = Json.createObjectBuilder().add("type", "notification");
        for (String field : List.of("notificationId", "notificationType", "targetType", "targetId", "text", "at")) {
            if (data.containsKey(field)) {
                payload.add(field, data.get(field));
            }
        }
        payload.add("actorCount", data.getInt("actorCount", 1));
        byte[] bytes = payload.build().toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > WebPushEncryption.MAX_PAYLOAD) { // a very long text: the client fetches the rest
            return Json.createObjectBuilder().add("type", "notification")
                    .add("notificationId", data.getString("notificationId")).build().toString()
                    .getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }
}
