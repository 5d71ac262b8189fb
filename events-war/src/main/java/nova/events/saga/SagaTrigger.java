package nova.events.saga;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Set;
import nova.contracts.user.UserBanned;
import nova.contracts.user.UserDeleted;
import nova.contracts.user.UserUnbanned;
import nova.platform.events.ReceivedEvent;
import nova.platform.events.Subscriber;

/**
 * Starts the sagas from the user context's decisions ({@code nova.user}, read through the log's channel
 * {@link nova.events.intake.ContextTopics}, Kafka group {@code nova.events.intake}; inbox key {@code nova.events.sagas}):
 * {@code user.deleted} (sent once the grace period has run out) the deletion saga, {@code user.banned} the ban saga,
 * {@code user.unbanned} the unban saga. The saga and its first requests commit with the inbox row.
 */
@ApplicationScoped
public class SagaTrigger extends Subscriber {

    @Inject
    Sagas sagas;

    public SagaTrigger() {
        super("sagas", "nova.user", Set.of(UserDeleted.TYPE, UserBanned.TYPE, UserUnbanned.TYPE));
    }

    @Override
    public void handle(ReceivedEvent received, Connection transaction) {
        switch (received.type()) {
            case UserDeleted.TYPE -> {
                UserDeleted deleted = received.data(UserDeleted.class);
                sagas.start(SagaKind.DELETION, deleted.userId(), deleted.username(), received.event().id());
            }
            case UserBanned.TYPE -> {
                UserBanned banned = received.data(UserBanned.class);
                sagas.start(SagaKind.BAN, banned.userId(), banned.username(), received.event().id());
            }
            case UserUnbanned.TYPE -> {
                UserUnbanned unbanned = received.data(UserUnbanned.class);
                sagas.start(SagaKind.UNBAN, unbanned.userId(), null, received.event().id());
            }
            default -> {
                // not wanted: Subscriber passes it over
            }
        }
    }
}
