package nova.events.subscription;

import java.time.Instant;

/** One consumer group reading one topic: how far it has read and how far behind it is. */
public record Subscription(String consumerGroup, String topic, String state, int members, long committedOffset,
                           long endOffset, long lag, Instant updatedAt) {
}
