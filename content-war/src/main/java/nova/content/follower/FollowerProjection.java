package nova.content.follower;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import nova.platform.events.ReceivedEvent;
import nova.platform.events.Subscriber;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps {@link Followers} in step with social ({@code nova.social}, consumer group {@code nova.content.followers}):
 * {@code social.follow.created} adds the pair, {@code social.follow.removed} (unfollow, rejection, block, deleted
 * account) removes it. A pair's events are keyed by the follower, so they arrive in order. The payload is read by
 * its field names ({@code followerId}, {@code followeeId}, {@code at}), the contract of {@code nova.contracts.social}:
 * a payload without them is unreadable and goes to the dead letters.
 */
@ApplicationScoped
public class FollowerProjection extends Subscriber {

    static final String FOLLOW_CREATED = "social.follow.created";
    static final String FOLLOW_REMOVED = "social.follow.removed";

    @Inject
    Followers followers;

    public FollowerProjection() {
        super("followers", "nova.social", Set.of(FOLLOW_CREATED, FOLLOW_REMOVED));
    }

    @Incoming("followers")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    /** The {@code transaction} connection is not used: JPA writes on the same transaction. */
    @Override
    public void handle(ReceivedEvent received, Connection transaction) {
        FollowChange change = FollowChange.of(received.event().data(), received.event().time());
        if (FOLLOW_CREATED.equals(received.type())) {
            followers.started(change.followerId(), change.followeeId(), change.at());
        } else {
            followers.ended(change.followerId(), change.followeeId());
        }
    }

    /** The part of social's follow events content reads. */
    record FollowChange(UUID followerId, UUID followeeId, Instant at) {

        /** @throws IllegalArgumentException (unreadable: retrying cannot help) without both ids */
        static FollowChange of(JsonObject data, Instant envelopeTime) {
            try {
                UUID follower = UUID.fromString(data.getString("followerId"));
                UUID followee = UUID.fromString(data.getString("followeeId"));
                Instant at = data.containsKey("at") && !data.isNull("at") ? Instant.parse(data.getString("at")) : envelopeTime;
                return new FollowChange(follower, followee, at);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("a follow event without followerId and followeeId: " + e.getMessage());
            }
        }
    }
}
