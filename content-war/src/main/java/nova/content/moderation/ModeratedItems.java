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

    /**
     * Whether {@code caller} can see a shown post (its visibility: public and unlisted ones everyone signed in,
     * followers-only ones the author and their followers, direct ones the author and the mentioned); articles
     * and comments that are shown, everyone.
     */
    public boolean visibleTo(ModeratedItem item, UUID caller) {
        if (!item.shown()) {
            return false;
        }
        if (!"post".equals(item.ref().type()) || caller.equals(item.authorId())) {
            return true;
        }
        Number visible = (Number) entityManager.createNativeQuery("""
                        SELECT count(*) FROM posts p WHERE p.id = :id AND (
                            p.visibility IN ('public', 'unlisted')
                            OR (p.visibility = 'followers' AND EXISTS (SELECT 1 FROM followers f
                                WHERE f.follower_id = :caller AND f.followee_id = p.author_id))
                            OR (p.visibility = 'direct' AND :caller = ANY (p.mention_ids)))""")
                .setParameter("id", item.ref().id())
                .setParameter("caller", caller)
                .getSingleResult();
        return visible.longValue() > 0;
    }

    /** Sets the item's moderation state and the reason for it (null when shown again). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moderate(ItemRef ref, String moderation, String reason) {
        entityManager.createNativeQuery("UPDATE " + KINDS.get(ref.type()).table()
                        + " SET moderation = :moderation, moderation_reason = :reason WHERE id = :id")
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
                        + ", deleted_at, moderation, author_suspended FROM " + kind.table() + " WHERE id IN (:ids)" + lock)
                .setParameter("ids", ids)
                .getResultList();
        return rows.stream().map(row -> new ModeratedItem(new ItemRef(type, (UUID) row[0]), (UUID) row[1],
                (String) row[2], row[3] != null, (String) row[4], (Boolean) row[5])).toList();
    }

}
