package nova.events.operator;

import java.time.Instant;
import java.util.List;

/**
 * What the operator's page draws, read at {@code at}: every context, the rate of each context topic over the last
 * {@code windowSeconds}, the flows from producers to consumer groups with their lag, and the pending dead letters.
 */
public record Overview(Instant at, long windowSeconds, List<String> contexts, List<TopicRate> topics,
                       List<Flow> flows, long pendingDeadLetters) {
}
