/**
 * What posts, articles and comments share: {@link nova.content.item.ContentItem}, their mapped superclass — the
 * author, the tombstone ({@code state}, {@code deleted_at}), the version count and the moderation columns, with the
 * rules of moderation (hide, remove, restore) and the state a reader sees. The features
 * ({@code post}, {@code article}, {@code comment}) extend it; {@code moderation} loads the items through it.
 */
package nova.content.item;
