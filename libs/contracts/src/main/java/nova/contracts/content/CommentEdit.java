package nova.contracts.content;

/** A change to one's own comment's text (1–2000 characters). The previous version is kept. */
public record CommentEdit(String text) {
}
