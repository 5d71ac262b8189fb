/**
 * Notifications from other contexts' events (follows, likes, shares, comments, mentions, moderation outcomes) and
 * from messages here, grouped while unread: one per recipient, type and target ("Ada and 3 others liked your post"),
 * the recipient's settings, blocks and mutes respected; {@code communication.notification.sent} for each new group
 * or new actor; read one by one or all at once.
 */
package nova.communication.notification;
