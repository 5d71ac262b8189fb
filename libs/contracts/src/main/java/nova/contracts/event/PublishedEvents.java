package nova.contracts.event;

import nova.contracts.events.SagaEvent;
import nova.contracts.events.SagaStepCompleted;

import java.util.Arrays;
import java.util.List;
import nova.contracts.communication.ConversationEvent;
import nova.contracts.communication.NotificationEvent;
import nova.contracts.content.ArticleEvent;
import nova.contracts.content.CommentEvent;
import nova.contracts.content.ModerationEvent;
import nova.contracts.content.PostEvent;
import nova.contracts.identity.AccountEvent;
import nova.contracts.media.MediaEvent;
import nova.contracts.social.EngagementEvent;
import nova.contracts.social.FeedEvent;
import nova.contracts.social.RelationshipEvent;
import nova.contracts.user.UserEvent;

/**
 * Every event the contexts publish, as code: one sealed interface per aggregate, whose permitted records are the
 * event types (each with its {@code TYPE}). A record added under an interface is listed without touching this
 * class; a new aggregate's interface is added to {@link #AGGREGATES} (a test finds any the list misses). Read by
 * events' catalogue.
 */
public final class PublishedEvents {

    /** Every aggregate's sealed interface. */
    public static final List<Class<? extends DomainEvent>> AGGREGATES = List.of(AccountEvent.class, UserEvent.class,
            PostEvent.class, ArticleEvent.class, CommentEvent.class, ModerationEvent.class, RelationshipEvent.class,
            EngagementEvent.class, FeedEvent.class, MediaEvent.class, ConversationEvent.class, NotificationEvent.class,
            SagaEvent.class);

    /**
     * Records published by several contexts, each under a type that names its producer (a saga step's answer:
     * {@code <context>.member.erased|hidden|restored}, {@link SagaStepCompleted#typeOf}); not in {@link #records()}.
     */
    public static final List<Class<? extends DomainEvent>> PER_PRODUCER = List.of(SagaStepCompleted.class);

    private PublishedEvents() {
    }

    /** Every event record, aggregate by aggregate, in the order the interfaces permit them. */
    public static List<Class<? extends DomainEvent>> records() {
        return AGGREGATES.stream().flatMap(aggregate -> Arrays.stream(aggregate.getPermittedSubclasses()))
                .<Class<? extends DomainEvent>>map(type -> type.asSubclass(DomainEvent.class)).toList();
    }

    /** A record's event type: its {@code TYPE} constant. */
    public static String typeOf(Class<? extends DomainEvent> record) {
        try {
            return (String) record.getField("TYPE").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(record.getName() + " has no public TYPE constant", e);
        }
    }

    /** The context that publishes a record: the last part of its contracts package ({@code nova.contracts.user}). */
    public static String producerOf(Class<? extends DomainEvent> record) {
        String pkg = record.getPackageName();
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }
}
