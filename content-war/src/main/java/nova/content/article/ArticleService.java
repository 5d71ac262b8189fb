package nova.content.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.content.infra.Attachments;
import nova.content.infra.Authors;
import nova.content.infra.Caller;
import nova.content.infra.Page;
import nova.content.infra.Refusals;
import nova.content.infra.Transactions;
import nova.content.version.Versions;
import nova.contracts.content.ArticleDraft;
import nova.contracts.content.ArticleEdit;
import nova.contracts.content.ArticlePage;
import nova.contracts.content.ContentVersion;
import nova.platform.events.Outbox;
import nova.platform.persistence.DatabaseTime;
import nova.platform.problem.Rejection;

/**
 * Writes and reads articles. A create asks the user context (may the author write) and the media context (the
 * cover is theirs and ready) first, outside any transaction; then loads, calls one domain method, stores and
 * publishes what it returned in one transaction. A draft is its author's alone: 404 for everyone else.
 */
@ApplicationScoped
public class ArticleService {

    @Inject
    ArticleRepository articles;

    @Inject
    Versions versions;

    @Inject
    Authors authors;

    @Inject
    Attachments attachments;

    @Inject
    Transactions transactions;

    @Inject
    Outbox outbox;

    public nova.contracts.content.Article create(Caller caller, ArticleDraft draft) {
        if (draft == null) {
            throw Rejection.invalidInput("title", "An article needs a body: {\"title\": \"...\", \"body\": \"...\"}.");
        }
        ArticleContent content = ArticleContent.of(draft);
        authors.mayWrite(caller);
        attachments.check(caller, content.coverMediaId() == null ? List.of() : List.of(content.coverMediaId()),
                "coverMediaId");
        return transactions.inOne(() -> {
            Article article = Article.draft(UUID.randomUUID(), caller.id(), content,
                    articles.freeSlug(Slugs.of(content.title())), DatabaseTime.now());
            articles.add(article);
            versions.keep(article.currentVersion());
            return article.view();
        });
    }

    public nova.contracts.content.Article edit(Caller caller, UUID id, ArticleEdit edit) {
        if (edit == null) {
            throw Rejection.invalidInput("body", "An edit needs a body, e.g. {\"body\": \"...\"}.");
        }
        Article current = own(caller, articles.find(id), id);
        ArticleContent before = current.content();
        ArticleContent content = ArticleContent.edited(before, edit);
        if (content.coverMediaId() != null && !content.coverMediaId().equals(before.coverMediaId())) {
            attachments.check(caller, List.of(content.coverMediaId()), "coverMediaId");
        }
        return transactions.inOne(() -> {
            Article article = own(caller, articles.lock(id), id);
            Article.Edit change = article.edit(content, articles::freeSlug, DatabaseTime.now());
            if (change.changed()) {
                versions.keep(article.currentVersion());
            }
            if (change.event() != null) {
                outbox.publish(change.event());
            }
            return article.view();
        });
    }

    public nova.contracts.content.Article publish(Caller caller, UUID id) {
        return transactions.inOne(() -> {
            Article article = own(caller, articles.lock(id), id);
            article.publish(DatabaseTime.now()).ifPresent(outbox::publish);
            return article.view();
        });
    }

    public void delete(Caller caller, UUID id) {
        transactions.inOne(() -> {
            Article article = own(caller, articles.lock(id), id, true);
            article.delete(DatabaseTime.now()).ifPresent(outbox::publish);
            versions.forget(Article.ITEM_TYPE, id);
            return null;
        });
    }

    public nova.contracts.content.Article read(Caller caller, UUID id) {
        return articles.find(id).filter(a -> a.readableBy(caller.id())).map(Article::view)
                .orElseThrow(() -> notFound(id));
    }

    public nova.contracts.content.Article bySlug(Caller caller, String slug) {
        return articles.bySlug(slug).filter(a -> a.readableBy(caller.id())).map(Article::view)
                .orElseThrow(() -> Refusals.notFound("There is no article " + abbreviate(slug) + " you can see."));
    }

    public ArticlePage byAuthor(Caller caller, UUID authorId, Page page) {
        List<Article> found = articles.byAuthor(authorId, caller.id().equals(authorId), page);
        List<Article> shown = found.size() > page.limit() ? found.subList(0, page.limit()) : found;
        String next = found.size() > page.limit()
                ? Page.cursor(shown.get(shown.size() - 1).createdAt(), shown.get(shown.size() - 1).id()) : null;
        return new ArticlePage(shown.stream().map(Article::view).toList(), next);
    }

    public List<ContentVersion> versions(Caller caller, UUID id) {
        Article article = articles.find(id).filter(a -> a.readableBy(caller.id())).orElseThrow(() -> notFound(id));
        return versions.of(Article.ITEM_TYPE, article.id());
    }

    /** For comments: the author of the published article, if {@code readerId} may see it. */
    public Optional<UUID> commentableAuthor(UUID readerId, UUID articleId) {
        return articles.find(articleId).filter(a -> a.published() && a.readableBy(readerId)).map(Article::authorId);
    }

    /** The caller's own article: 404 when they may not see it (deleted, hidden), 403 when it is someone else's. */
    private static Article own(Caller caller, Optional<Article> found, UUID id) {
        return own(caller, found, id, false);
    }

    /** As {@link #own(Caller, Optional, UUID)}; {@code evenModerated}: its author may delete it while it is hidden. */
    private static Article own(Caller caller, Optional<Article> found, UUID id, boolean evenModerated) {
        Article article = found.filter(a -> a.readableBy(caller.id())
                        || evenModerated && a.writtenBy(caller.id()) && !Article.DELETED.equals(a.state()))
                .orElseThrow(() -> notFound(id));
        if (!article.writtenBy(caller.id())) {
            throw Refusals.forbidden("Only its author changes an article.");
        }
        return article;
    }

    private static Rejection notFound(UUID id) {
        return Refusals.notFound("There is no article " + id + " you can see.");
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
