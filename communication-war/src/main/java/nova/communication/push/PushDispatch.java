package nova.communication.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import nova.platform.events.ReceivedEvent;
import nova.platform.events.Subscriber;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumer {@code nova.communication.push} (one group for all replicas: each notification is pushed once): every
 * {@code communication.notification.sent} (a message's recipients get a {@code message} notification too) goes to each
 * of the recipient's push tokens as a Web Push: one row of {@code push_queue} per subscription, written in the inbox's
 * transaction. No HTTP call happens here: {@link PushLoop} sends them, retries a failed one with back-off and gives up
 * with a final status ({@link PushQueue}). Nothing is queued while Web Push is off (no VAPID key pair).
 */
@ApplicationScoped
public class PushDispatch extends Subscriber {

    static final String NOTIFICATION_SENT = "communication.notification.sent";

    @Inject
    PushTokens tokens;

    @Inject
    Providers providers;

    @Inject
    PushQueue queue;

    public PushDispatch() {
        super("push", "nova.communication", Set.of(NOTIFICATION_SENT));
    }

    @Incoming("push")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    @Override
    public void handle(ReceivedEvent received, Connection transaction) {
        if (providers.webPush().isEmpty()) {
            return;
        }
        JsonObject data = received.event().data();
        UUID recipient = UUID.fromString(data.getString("recipientId"));
        List<StoredPushToken> targets = tokens.of(recipient);
        if (targets.isEmpty()) {
            return;
        }
        byte[] payload = payload(data);
        for (StoredPushToken token : targets) {
            queue.enqueue(token, payload); // sent by PushLoop, outside this transaction, retried with back-off
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
