package nova.contracts.content;

import java.time.Instant;
import java.util.UUID;

/**
 * An article. {@code body} is the author's Markdown, {@code html} its rendering through CommonMark and an
 * allow-list sanitiser (no script, style or event handlers, only http/https/mailto links, each with
 * {@code rel="nofollow noopener noreferrer"}). {@code status} is {@link #DRAFT} or {@link #PUBLISHED};
 * {@code slug} (lower-case ASCII and {@code -}, unique) is fixed when the article is published; {@code state}
 * as {@link Post#state()}. {@code editedAt} and {@code publishedAt} are null until it happens.
 */
public record Article(UUID id, UUID authorId, String title, String slug, String body, String html,
                      UUID coverMediaId, String language, String status, String state, Instant createdAt,
                      Instant editedAt, Instant publishedAt) {

    public static final String DRAFT = "draft";
    public static final String PUBLISHED = "published";
}
