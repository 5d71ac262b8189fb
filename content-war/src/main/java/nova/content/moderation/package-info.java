/**
 * Moderation of posts, articles and comments: members report what they see ({@link nova.content.moderation.ReportResource}),
 * holders of {@code moderate_content} work through the queue and hide, remove or restore items with a reason, or
 * dismiss a report ({@link nova.content.moderation.ModerationResource}); every action is recorded and published as
 * {@code content.item.moderated} so the author can be told. {@link nova.content.moderation.AuthorStanding} hides a
 * banned or deleted author's items ({@code author_suspended}) and shows them again on unban (never for a deleted
 * account). A decision loads the item through {@link nova.content.moderation.ModeratedItems} and calls its own
 * {@link nova.content.item.ContentItem#moderate}; an author's suspension is one bulk update per entity.
 */
package nova.content.moderation;
