package nova.contracts.event;

import java.util.UUID;

/** An event whose subject, and so whose record key, is a user: identity's and the user context's. */
public interface UserSubject extends DomainEvent {

    /** The user the event is about. */
    UUID userId();

    @Override
    default String aggregateId() {
        return userId().toString();
    }
}
