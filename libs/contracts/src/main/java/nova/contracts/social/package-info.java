/**
 * The social context's public language: its REST API ({@link nova.contracts.social.SocialApi}), the records it
 * answers with, and the payloads of the events it publishes on {@code nova.social}: relationships
 * ({@link nova.contracts.social.RelationshipEvent}, key = the acting user), engagement
 * ({@link nova.contracts.social.EngagementEvent}, key = the post) and feed fan-out
 * ({@link nova.contracts.social.FeedEvent}, key = the post).
 */
package nova.contracts.social;
