package nova.events.deadletter;

/**
 * What a replay or discard by filter did: {@code matched} pending letters were found (at most the call's limit were
 * taken), {@code replayed} or {@code discarded} of them, {@code unreadable} left pending because they hold no event
 * to replay (they can only be discarded), {@code remaining} pending letters still matching after the call.
 */
public record BulkOutcome(long matched, int replayed, int discarded, int unreadable, long remaining) {
}
