package nova.contracts.event;

/**
 * An event a context publishes: a record under the sealed interface of its aggregate, e.g.
 * {@code record UserBanned(...) implements UserEvent}. The record's components are the payload
 * (the CloudEvent's {@code data}, written and read by {@link EventJson}); these three methods are
 * not, they say where the event goes:
 * <ul>
 * <li>{@link #type()}: {@code context.aggregate.verb} (or {@code context.verb} for the context's own
 * main aggregate), the record's {@code TYPE} constant;</li>
 * <li>{@link #aggregateType()}: the aggregate's kind, said once by its sealed interface;</li>
 * <li>{@link #aggregateId()}: the CloudEvent's {@code subject} and the Kafka record key, so every
 * event of one aggregate stays in order.</li>
 * </ul>
 * A publisher calls {@code outbox.publish(event)}; a consumer reads {@code event.data(UserBanned.class)}.
 */
public interface DomainEvent {

    String type();

    String aggregateType();

    String aggregateId();
}
