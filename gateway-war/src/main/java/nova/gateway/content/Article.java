package nova.gateway.content;

import java.time.OffsetDateTime;
import java.util.UUID;
import nova.gateway.infra.Requester;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** An article as the content context answered it; {@code author} and {@code cover} are batched in {@link ArticleFields}. */
@Description("A long-form article: a Markdown body and the sanitised HTML it renders to; a DRAFT until published")
public class Article {

    private final nova.contracts.content.Article article;
    private final Requester requester;

    /** @param requester who asked (see {@link Post#Post(nova.contracts.content.Post, Requester)}) */
    public Article(nova.contracts.content.Article article, Requester requester) {
        this.article = article;
        this.requester = requester;
        ContentLinks.of(requester).add(this);
    }

    @Ignore
    public Requester requester() {
        return requester;
    }

    @Ignore
    public nova.contracts.content.Article contract() {
        return article;
    }

    @Ignore
    public UUID authorId() {
        return article.authorId();
    }

    @Ignore
    public UUID coverMediaId() {
        return article.coverMediaId();
    }

    @Id
    @NonNull
    public String getId() {
        return article.id().toString();
    }

    @Id
    @NonNull
    public String getAuthorId() {
        return article.authorId().toString();
    }

    public String getTitle() {
        return article.title();
    }

    @Description("The article's address: from the title, lower-case ASCII and '-', fixed when published")
    public String getSlug() {
        return article.slug();
    }

    @Description("Markdown, as written")
    public String getBody() {
        return article.body();
    }

    @Description("The body rendered from Markdown and sanitised against an allow-list: no scripts, styles, event "
            + "handlers or javascript:/data: links; links carry rel=\"nofollow noopener noreferrer\"")
    public String getHtml() {
        return article.html();
    }

    @Id
    @Description("The cover image's media id (the file itself is 'cover')")
    public String getCoverMediaId() {
        return Times.id(article.coverMediaId());
    }

    public String getLanguage() {
        return article.language();
    }

    @NonNull
    public ArticleStatus getStatus() {
        return ArticleStatus.of(article.status());
    }

    @NonNull
    public ContentState getState() {
        return ContentState.of(article.state());
    }

    @NonNull
    public OffsetDateTime getCreatedAt() {
        return Times.utc(article.createdAt());
    }

    public OffsetDateTime getEditedAt() {
        return Times.utc(article.editedAt());
    }

    public OffsetDateTime getPublishedAt() {
        return Times.utc(article.publishedAt());
    }
}
