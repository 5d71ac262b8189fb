package nova.contracts.content;

import nova.contracts.event.DomainEvent;

/**
 * The moderation events content publishes on {@code nova.content}: a moderator's action on one item
 * ({@link ContentModerated}, key = the item's id, so it stays in order with the item's own events) and a member's
 * report ({@link ReportFiled}, key = the report's id).
 */
public sealed interface ModerationEvent extends DomainEvent permits ContentModerated, ReportFiled {
}
