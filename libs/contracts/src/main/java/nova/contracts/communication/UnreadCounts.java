package nova.contracts.communication;

/**
 * The caller's unread counts: {@code messages} (others' messages not read, over every conversation),
 * {@code conversations} (conversations with at least one of them), {@code notifications} (unread notifications,
 * a group counting once).
 */
public record UnreadCounts(long messages, long conversations, long notifications) {
}
