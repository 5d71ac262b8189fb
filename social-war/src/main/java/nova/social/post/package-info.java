/**
 * The posts social has heard of ({@code post_refs}): a projection of content's {@code content.post.created} and
 * {@code content.post.deleted}, with each post's exact like and share counters.
 */
package nova.social.post;
