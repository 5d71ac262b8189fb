/**
 * Content (issue 16): posts, threads, articles, comments and edit histories — answered by the content context
 * through {@link nova.gateway.content.ContentClient}. A post's author, media, reply target and quoted post are
 * batched per response ({@link nova.gateway.content.PostFields}): one call per field, never one per post.
 */
package nova.gateway.content;
