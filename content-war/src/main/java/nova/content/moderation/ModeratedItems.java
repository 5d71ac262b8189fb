package nova.content.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Moderation's view of the posts, articles and comments tables: what each item is now, and the three columns
 * moderation alone writes ({@code moderation}, {@code moderation_reason}, {@code author_suspended}).
 * <p>
 * SQL over the tables rather than the post, article and comment entities: those belong to their features and carry
 * their own rules; moderation reads a few columns of all three alike and writes only its own, the suspension as one
 * set-based statement per table however many items an author has.
 */
@ApplicationScoped
public class ModeratedItems {

    /** Per kind: its table and the SQL expression of its text (an article's is its title and Markdown body). */
    private record Kind(String table, String text) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "post", new Kind("posts", "text"),
            "article", new Kind("articles", "title || E'\\n\\n' || body"),
            "comment", new Kind("comments", "text"));

    @PersistenceContext(unitName = "content")
    EntityManager entityManager;

    /** The item as it stands, locked for the caller's transaction (a moderator's decision applies on what it saw). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ModeratedItem> lock(ItemRef ref) {
        return select(ref.type(), List.of(ref.id()), " FOR UPDATE").stream().findFirst();
    }

    /** The items that still exist among {@code refs}, each as it stands. */
    public Map<ItemRef, ModeratedItem> find(Collection<ItemRef> refs) {
        Map<ItemRef, ModeratedItem> found = new HashMap<>();
        refs.stream().collect(Collectors.groupingBy(ItemRef::type, Collectors.mapping(ItemRef::id, Collectors.toSet())))
                .forEach((type, ids) -> select(type, List.copyOf(ids), "").forEach(item -> found.put(item.ref(), item)));
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

    /** Sets the item's moderation state and the reason for it (none kept once it is visible again). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moderate(ItemRef ref, String moderation, String reason) {
        // the reason is always bound (a null parameter of a native query has no SQL type PostgreSQL accepts)
        entityManager.createNativeQuery("UPDATE " + KINDS.get(ref.type()).table() + " SET moderation = :moderation,"
                        + " moderation_reason = CASE WHEN :moderation = 'visible' THEN NULL ELSE :reason END WHERE id = :id")
                .setParameter("moderation", moderation)
                .setParameter("reason", reason)
                .setParameter("id", ref.id())
                .executeUpdate();
    }

    /**
     * Hides ({@code true}) or shows again every post, article and comment of {@code authorId}: one statement per
     * table, touching only the rows that change.
     *
     * @return how many items changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int suspendAuthor(UUID authorId, boolean suspended) {
        int changed = 0;
        for (Kind kind : KINDS.values()) {
            changed += entityManager.createNativeQuery("UPDATE " + kind.table()
                            + " SET author_suspended = :suspended WHERE author_id = :author AND author_suspended <> :suspended")
                    .setParameter("suspended", suspended)
                    .setParameter("author", authorId)
                    .executeUpdate();
        }
        return changed;
    }

    @SuppressWarnings("unchecked")
    private List<ModeratedItem> select(String type, List<UUID> ids, String lock) {
        Kind kind = KINDS.get(type);
        List<Object[]> rows = entityManager.createNativeQuery("SELECT id, author_id, " + kind.text()
                        + ", state = 'deleted', moderation, author_suspended FROM " + kind.table() + " WHERE id IN (:ids)" + lock)
                .setParameter("ids", ids)
                .getResultList();
        return rows.stream().map(row -> new ModeratedItem(new ItemRef(type, (UUID) row[0]), (UUID) row[1],
                (String) row[2], (Boolean) row[3], (String) row[4], (Boolean) row[5])).toList();
    }

}
