/**
 * The content context's public language: its REST API ({@link nova.contracts.content.ContentApi}), the records
 * it answers with (posts, articles, comments and their versions), and the payloads of the events it publishes on
 * {@code nova.content} ({@link nova.contracts.content.PostEvent}, {@link nova.contracts.content.ArticleEvent},
 * {@link nova.contracts.content.CommentEvent}; moderation's own types live here too).
 */
package nova.contracts.content;
