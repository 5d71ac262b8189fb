package nova.contracts.content;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code content.article.published}: a draft became public; {@code body} is the Markdown, {@code slug} is now fixed. */
public record ArticlePublished(UUID articleId, UUID authorId, String title, String slug, String body,
                               UUID coverMediaId, String language, Instant publishedAt) implements ArticleEvent {

    public static final String TYPE = "content.article.published";

    /** Refuses a payload without what every consumer relies on. */
    public ArticlePublished {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
