package nova.content.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.content.item.ContentItem;
import nova.content.version.StoredVersion;
import nova.contracts.content.ArticleDeleted;
import nova.contracts.content.ArticlePublished;
import nova.contracts.content.ArticleUpdated;
import org.hibernate.annotations.DynamicUpdate;

/**
 * An article: a draft only its author sees until it is published. Its business methods return the event each
 * change caused (drafts cause none). The author, tombstone, version and moderation columns are {@link ContentItem}'s.
 */
@Entity
@Table(name = "articles")
@DynamicUpdate
public class Article extends ContentItem {

    public static final String ITEM_TYPE = "article";
    static final String DRAFT = nova.contracts.content.Article.DRAFT;
    static final String PUBLISHED = nova.contracts.content.Article.PUBLISHED;

    /** What an edit did: whether anything changed, and the event for a published article (else null). */
    record Edit(boolean changed, ArticleUpdated event) {
    }

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "slug", nullable = false)
    private String slug;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "html", nullable = false)
    private String html;

    @Column(name = "cover_media_id")
    private UUID coverMediaId;

    @Column(name = "language")
    private String language;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected Article() {
    }

    /** A new draft; {@code slug} is free now and follows the title until publication. */
    static Article draft(UUID id, UUID authorId, ArticleContent content, String slug, Instant now) {
        Article article = new Article();
        article.begin(id, authorId, now);
        article.apply(content);
        article.slug = slug;
        article.status = DRAFT;
        return article;
    }

    /**
     * Changes what the article says; a draft's slug follows a new title ({@code freeSlug} gives one for a base),
     * a published one's never changes.
     */
    Edit edit(ArticleContent content, java.util.function.UnaryOperator<String> freeSlug, Instant now) {
        if (content.equals(content())) {
            return new Edit(false, null);
        }
        String oldBase = Slugs.of(title);
        apply(content);
        if (DRAFT.equals(status) && !Slugs.of(title).equals(oldBase)) {
            slug = freeSlug.apply(Slugs.of(title));
        }
        edited(now);
        if (!PUBLISHED.equals(status)) {
            return new Edit(true, null);
        }
        return new Edit(true, new ArticleUpdated(id(), authorId(), title, slug, body, coverMediaId, language, publishedAt,
                editedAt(), version()));
    }

    /** Publishes a draft; empty for one already published (nothing happens twice). */
    Optional<ArticlePublished> publish(Instant now) {
        if (PUBLISHED.equals(status)) {
            return Optional.empty();
        }
        status = PUBLISHED;
        publishedAt = now;
        return Optional.of(new ArticlePublished(id(), authorId(), title, slug, body, coverMediaId, language, publishedAt));
    }

    /** Deletes the article, keeping nothing it said; the event only for a published one (a draft was never shown). */
    Optional<ArticleDeleted> delete(Instant now) {
        markDeleted(now);
        body = "";
        html = "";
        coverMediaId = null;
        return PUBLISHED.equals(status) ? Optional.of(new ArticleDeleted(id(), authorId(), now)) : Optional.empty();
    }

    @Override
    public String itemType() {
        return ITEM_TYPE;
    }

    /** The title and the Markdown body, as moderators read it. */
    @Override
    public String moderatedText() {
        return title + "\n\n" + body;
    }

    private void apply(ArticleContent content) {
        title = content.title();
        body = content.body();
        html = MarkdownRendering.html(content.body());
        coverMediaId = content.coverMediaId();
        language = content.language();
    }

    /** Whether {@code reader} may read it: neither deleted nor moderated, and published or theirs. */
    boolean readableBy(UUID reader) {
        return VISIBLE.equals(state()) && (PUBLISHED.equals(status) || authorId().equals(reader));
    }

    boolean published() {
        return PUBLISHED.equals(status);
    }

    nova.contracts.content.Article view() {
        return new nova.contracts.content.Article(id(), authorId(), title, slug, body, html, coverMediaId, language, status,
                state(), createdAt(), editedAt(), publishedAt);
    }

    StoredVersion currentVersion() {
        return new StoredVersion(ITEM_TYPE, id(), version(), title, body, null, null,
                coverMediaId == null ? List.of() : List.of(coverMediaId), editedAt() != null ? editedAt() : createdAt());
    }

    ArticleContent content() {
        return new ArticleContent(title, body, coverMediaId, language);
    }
}
