package nova.contracts.communication;

import java.util.UUID;
import nova.contracts.event.DomainEvent;

/**
 * Every event about a member's notifications. Subject and record key: the recipient's user id, so one member's
 * notifications stay in order.
 */
public sealed interface NotificationEvent extends DomainEvent permits NotificationSent {

    /** The member notified. */
    UUID recipientId();

    @Override
    default String aggregateType() {
        return "notification";
    }

    @Override
    default String aggregateId() {
        return recipientId().toString();
    }
}
