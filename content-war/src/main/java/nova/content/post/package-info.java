/**
 * Posts: {@link nova.content.post.PostResource} → {@link nova.content.post.PostService} (load, call one domain
 * method, store, publish what it returned) → {@link nova.content.post.Post}, stored by
 * {@link nova.content.post.PostRepository}. What a post says is checked and parsed by
 * {@link nova.content.post.PostContent} (mentions, hashtags, limits); who may read it is the post's own rule
 * ({@link nova.content.post.Post#readableBy}), asked on every read.
 */
package nova.content.post;
