package nova.content.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nova.content.article.Article;
import nova.content.comment.Comment;
import nova.content.item.ContentItem;
import nova.content.post.Post;

/**
 * Moderation's access to posts, articles and comments, through what they share ({@link ContentItem}): an item
 * loaded (and locked) for a moderator's decision, which the item itself applies ({@link ContentItem#moderate});
 * the items as they stand, for reports and the queue; whether a member can see one; and an author's suspension.
 */
@ApplicationScoped
public class ModeratedItems {

    /** Per item type, its entity. */
    private static final Map<String, Class<? extends ContentItem>> KINDS = Map.of(
            Post.ITEM_TYPE, Post.class,
            Article.ITEM_TYPE, Article.class,
            Comment.ITEM_TYPE, Comment.class);

    @PersistenceContext(unitName = "content")
    EntityManager entityManager;

    /**
     * The item, locked for the caller's transaction (a moderator's decision applies to what the moderator saw, and
     * an author's edit of the same row waits for it); the change the item makes is stored when the transaction
     * commits (only the moderation columns: the entities are {@code @DynamicUpdate}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ContentItem> lock(ItemRef ref) {
        return Optional.ofNullable(entityManager.find(KINDS.get(ref.type()), ref.id(), LockModeType.PESSIMISTIC_WRITE));
    }

    /** The items that still exist among {@code refs}, each as it stands. */
    public Map<ItemRef, ModeratedItem> find(Collection<ItemRef> refs) {
        Map<ItemRef, ModeratedItem> found = new HashMap<>();
        refs.stream().collect(Collectors.groupingBy(ItemRef::type, Collectors.mapping(ItemRef::id, Collectors.toSet())))
                .forEach((type, ids) -> entityManager.createQuery("SELECT i FROM " + KINDS.get(type).getSimpleName()
                                + " i WHERE i.id IN :ids", ContentItem.class)
                        .setParameter("ids", List.copyOf(ids))
                        .getResultList()
                        .forEach(item -> {
                            ModeratedItem moderated = ModeratedItem.of(item);
                            found.put(moderated.ref(), moderated);
                        }));
        return found;
    }

    /** A post {@code p} the caller ({@code :caller}) may see, as content's reads decide it. */
    private static final String POST_SEEN = """
            p.state = 'visible' AND p.moderation = 'visible' AND NOT p.author_suspended AND (
                p.author_id = :caller OR p.visibility IN ('public', 'unlisted')
                OR (p.visibility = 'followers' AND EXISTS (SELECT 1 FROM followers f
                    WHERE f.follower_id = :caller AND f.followee_id = p.author_id))
                OR (p.visibility = 'direct' AND :caller = ANY (p.mention_ids)))""";

    /** An article {@code a} the caller may see: published (a draft is its author's alone), and shown. */
    private static final String ARTICLE_SEEN = """
            a.state = 'visible' AND a.moderation = 'visible' AND NOT a.author_suspended
            AND (a.status = 'published' OR a.author_id = :caller)""";

    private static final Map<String, String> SEEN = Map.of(
            "post", "SELECT count(*) FROM posts p WHERE p.id = :id AND " + POST_SEEN,
            "article", "SELECT count(*) FROM articles a WHERE a.id = :id AND " + ARTICLE_SEEN,
            // a comment is seen by whoever sees what it is on
            "comment", "SELECT count(*) FROM comments c WHERE c.id = :id AND c.state = 'visible'"
                    + " AND c.moderation = 'visible' AND NOT c.author_suspended AND ("
                    + " (c.target_type = 'post' AND EXISTS (SELECT 1 FROM posts p WHERE p.id = c.target_id AND "
                    + POST_SEEN + "))"
                    + " OR (c.target_type = 'article' AND EXISTS (SELECT 1 FROM articles a WHERE a.id = c.target_id AND "
                    + ARTICLE_SEEN + ")))");

    /**
     * Whether {@code caller} can see the item as a reader (not as a tombstone): the same rules content's reads
     * apply (a post's visibility, an article's publication, a comment's target), checked in one query.
     */
    public boolean visibleTo(ItemRef ref, UUID caller) {
        Number seen = (Number) entityManager.createNativeQuery(SEEN.get(ref.type()))
                .setParameter("id", ref.id())
                .setParameter("caller", caller)
                .getSingleResult();
        return seen.longValue() > 0;
    }

    /**
     * Hides ({@code true}) or shows again every post, article and comment of {@code authorId}.
     * <p>
     * The one write to the items that does not go through an item's own method, on purpose: a ban covers everything
     * an author ever wrote — thousands of rows for an active member — and sets one flag that no per-item rule decides
     * (what a reader then sees is still the item's own rule, {@link ContentItem#state()}). Loading every item to flip
     * it would hold them all in one consumer transaction's persistence context and write them one by one; this is one
     * JPQL bulk update per entity, touching only the rows that change. Nothing of these entities is loaded in the
     * consumer's transaction, so no managed copy goes stale.
     *
     * @return how many items changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int suspendAuthor(UUID authorId, boolean suspended) {
        int changed = 0;
        for (Class<? extends ContentItem> kind : KINDS.values()) {
            changed += entityManager.createQuery("UPDATE " + kind.getSimpleName() + " i SET i.authorSuspended = :suspended"
                            + " WHERE i.authorId = :author AND i.authorSuspended <> :suspended")
                    .setParameter("suspended", suspended)
                    .setParameter("author", authorId)
                    .executeUpdate();
        }
        return changed;
    }
}
