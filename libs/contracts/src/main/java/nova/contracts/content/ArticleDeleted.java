package nova.contracts.content;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code content.article.deleted}: the author deleted a published article; whoever shows or indexes it stops. */
public record ArticleDeleted(UUID articleId, UUID authorId, Instant deletedAt) implements ArticleEvent {

    public static final String TYPE = "content.article.deleted";

    /** Refuses a payload without what every consumer relies on. */
    public ArticleDeleted {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(deletedAt, "deletedAt");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
