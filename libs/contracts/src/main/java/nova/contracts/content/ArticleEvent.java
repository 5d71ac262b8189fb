package nova.contracts.content;

import java.util.UUID;
import nova.contracts.event.DomainEvent;

/**
 * Every event about an article (drafts publish none). Subject and record key: the article id; each names the
 * author.
 */
public sealed interface ArticleEvent extends DomainEvent permits ArticlePublished, ArticleUpdated, ArticleDeleted {

    /** The article the event is about. */
    UUID articleId();

    /** The member who wrote it. */
    UUID authorId();

    @Override
    default String aggregateType() {
        return "article";
    }

    @Override
    default String aggregateId() {
        return articleId().toString();
    }
}
