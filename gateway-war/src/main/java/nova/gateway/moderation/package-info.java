/**
 * Moderation through GraphQL: {@code report} for every member, {@code moderationQueue}, {@code moderate} and
 * {@code dismissReport} for holders of {@code moderate_content} (the content context checks the permission in the
 * caller's token and answers 403, here {@code FORBIDDEN}). One decorated client bean,
 * {@link nova.gateway.content.ContentClient} (the content context's one client bean), calls the content context's moderation API.
 */
package nova.gateway.moderation;
