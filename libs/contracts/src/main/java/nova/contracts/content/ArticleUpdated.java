package nova.contracts.content;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code content.article.updated}: the author edited a published article (edits of drafts publish nothing); the
 * payload is the article as it now is, {@code version} the new version's number.
 */
public record ArticleUpdated(UUID articleId, UUID authorId, String title, String slug, String body,
                             UUID coverMediaId, String language, Instant publishedAt, Instant editedAt, int version)
        implements ArticleEvent {

    public static final String TYPE = "content.article.updated";

    /** Refuses a payload without what every consumer relies on. */
    public ArticleUpdated {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(editedAt, "editedAt");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
