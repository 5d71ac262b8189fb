package nova.content.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.content.infra.Page;

/** Where articles are kept. */
@ApplicationScoped
public class ArticleRepository {

    @PersistenceContext(unitName = "content")
    EntityManager entityManager;

    Optional<Article> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Article.class, id));
    }

    Optional<Article> lock(UUID id) {
        return Optional.ofNullable(entityManager.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    Optional<Article> bySlug(String slug) {
        return entityManager.createQuery("SELECT a FROM Article a WHERE a.slug = :slug", Article.class)
                .setParameter("slug", slug).getResultList().stream().findFirst();
    }

    /** {@code base} or {@code base-N}, whichever is free now. */
    String freeSlug(String base) {
        List<String> taken = entityManager.createQuery(
                        "SELECT a.slug FROM Article a WHERE a.slug = :base OR a.slug LIKE :prefix", String.class)
                .setParameter("base", base)
                .setParameter("prefix", base + "-%")
                .getResultList();
        return Slugs.free(base, taken);
    }

    void add(Article article) {
        entityManager.persist(article);
    }

    /** One page of {@code authorId}'s articles, newest first: published ones, and drafts when {@code withDrafts}. */
    List<Article> byAuthor(UUID authorId, boolean withDrafts, Page page) {
        String drafts = withDrafts ? "" : " AND a.status = 'published'";
        String after = page.first() ? "" : " AND (a.createdAt < :at OR (a.createdAt = :at AND a.id < :id))";
        TypedQuery<Article> query = entityManager.createQuery("""
                        SELECT a FROM Article a
                        WHERE a.authorId = :author AND a.state = 'visible' AND a.moderation = 'visible'
                        AND a.authorSuspended = false""" + drafts + after + " ORDER BY a.createdAt DESC, a.id DESC",
                        Article.class)
                .setParameter("author", authorId)
                .setMaxResults(page.limit() + 1);
        if (!page.first()) {
            query.setParameter("at", page.beforeAt()).setParameter("id", page.beforeId());
        }
        return query.getResultList();
    }
}
