/**
 * Comments on posts and articles, threaded: {@link nova.content.comment.CommentResource} →
 * {@link nova.content.comment.CommentService} → {@link nova.content.comment.Comment}, stored by
 * {@link nova.content.comment.CommentRepository}. A comment's {@code path} (its parent's, then its own sortable
 * key) orders a target's comments in thread order and is the cursor of a page; a deleted comment stays as a
 * tombstone so its replies stay readable.
 */
package nova.content.comment;
