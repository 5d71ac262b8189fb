package nova.events.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One consumer group reading one topic ({@code event_subscriptions}), as the broker last reported it. */
@Entity
@Table(name = "event_subscriptions")
@IdClass(SubscriptionEntry.Key.class)
public class SubscriptionEntry {

    /** The primary key: (consumer group, topic). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String consumerGroup;
        private String topic;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(consumerGroup, key.consumerGroup) && Objects.equals(topic, key.topic);
        }

        @Override
        public int hashCode() {
            return Objects.hash(consumerGroup, topic);
        }
    }

    @Id
    @Column(name = "consumer_group")
    private String consumerGroup;

    @Id
    private String topic;

    @Column(nullable = false)
    private String state;

    @Column(nullable = false)
    private int members;

    @Column(name = "committed_offset", nullable = false)
    private long committedOffset;

    @Column(name = "end_offset", nullable = false)
    private long endOffset;

    @Column(nullable = false)
    private long lag;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SubscriptionEntry() {
    }

    SubscriptionEntry(Subscription seen) {
        this.consumerGroup = seen.consumerGroup();
        this.topic = seen.topic();
        this.state = seen.state();
        this.members = seen.members();
        this.committedOffset = seen.committedOffset();
        this.endOffset = seen.endOffset();
        this.lag = seen.lag();
        this.updatedAt = seen.updatedAt();
    }

    Subscription view() {
        return new Subscription(consumerGroup, topic, state, members, committedOffset, endOffset, lag, updatedAt);
    }
}
