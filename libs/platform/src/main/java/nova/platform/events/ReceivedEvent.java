package nova.platform.events;

import nova.contracts.event.DomainEvent;
import nova.contracts.event.EventJson;

/** An event as a consumer receives it: the envelope and where it was read from. */
public record ReceivedEvent(String topic, int partition, long offset, String key, CloudEvent event) {

    /**
     * The payload read as the record of its type, e.g. {@code received.data(UserBanned.class)}.
     *
     * @throws EventJson.UnreadableEvent when it does not fit that record (retrying cannot help)
     */
    public <T extends DomainEvent> T data(Class<T> type) {
        return EventJson.fromJson(event.data(), type);
    }

    /** The envelope's type, e.g. {@code user.banned}. */
    public String type() {
        return event.type();
    }
}
