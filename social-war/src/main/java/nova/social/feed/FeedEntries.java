package nova.social.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nova.social.post.PostRef;
import nova.social.post.PostRefs;

/**
 * Writes and removes home-feed rows. Fan-out is set-based: one {@code INSERT … SELECT} from {@code relationships}
 * into {@code feeds} per post or share, whatever the number of followers. A post social first hears of in the
 * fan-out's own transaction cannot be in any feed yet, so that insert is a plain one; a post heard of before (liked
 * or shared first, or sent again under a new event id) is inserted {@code ON CONFLICT DO NOTHING}, so a redelivered
 * post or a second share adds nothing.
 * <p>
 * The post's insert does nothing else: counting each recipient's feed for trimming (an update of every recipient's
 * {@code accounts} row, which cost as much as the insert itself) is the batched follow-up the issue allows
 * ({@link #countAndTrim}, run by {@link FeedTrimmer} after the fan-out commits): it counts a batch of posts per
 * member at once and cuts the feeds that went past {@link FeedSettings#trimAt()} back to
 * {@link FeedSettings#maxEntries()}, so a feed is cut once per sixteenth of its cap, not on every insert. Shares,
 * backfills and rebuilds (a few feeds, or one sharer's followers) count in their own statement as before.
 * <p>
 * Native SQL, because JPA can say neither {@code INSERT … SELECT … ON CONFLICT} nor a data-modifying CTE; the
 * alternative, one {@code persist} per follower, is a round trip per row. Removals (unfollow, block, mute, deleted
 * posts, unshare) are JPQL bulk deletes. {@code feed_size} counts what was added and trimming left; removals do not
 * lower it, so a feed may be trimmed a little early, never kept long (and it may stand over the cap for as long as
 * its fan-outs wait to be counted: a fraction of a second).
 */
@ApplicationScoped
public class FeedEntries {

    @PersistenceContext(unitName = "social")
    EntityManager entityManager;

    @Inject
    FeedSettings settings;

    /**
     * Puts the post into the feed of the author and of each eligible follower: active since {@code activeSince},
     * not muting or blocking the author, and for a direct post only the mentioned among them. Followers-only,
     * public and unlisted posts all reach every eligible follower (who may see a followers-only post is exactly
     * the author's followers). How many feeds it reached (0 when redelivered).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int fanOut(PostRef post, List<UUID> mentions, Instant activeSince, boolean firstHeardOf) {
        int reached = entityManager.createNativeQuery(("""
                        INSERT INTO feeds (user_id, post_id, author_id, shared_by, at)
                        SELECT r.source_id, ?2, ?1, CAST(NULL AS uuid), CAST(?6 AS timestamptz)
                        FROM relationships r JOIN accounts a ON a.user_id = r.source_id
                        WHERE r.target_id = ?1 AND r.kind = 'follow' AND a.active_at > ?4 AND NOT a.deleted
                          AND (?3 <> 'direct' OR r.source_id = ANY (CAST(?5 AS uuid[])))
                          AND NOT EXISTS (SELECT 1 FROM relationships m WHERE m.source_id = r.source_id
                                          AND m.target_id = ?1 AND m.kind IN ('mute', 'block'))
                        UNION ALL
                        SELECT ?1, ?2, ?1, CAST(NULL AS uuid), CAST(?6 AS timestamptz)""")
                        // a post heard of before (liked or shared first, or sent again under a new event id) may be in
                        // feeds already: those rows stay as they are
                        + (firstHeardOf ? "" : " ON CONFLICT DO NOTHING"))
                .setParameter(1, post.authorId())
                .setParameter(2, post.postId())
                .setParameter(3, post.visibility())
                .setParameter(4, activeSince)
                .setParameter(5, PostRefs.arrayLiteral(mentions))
                .setParameter(6, post.createdAt())
                .executeUpdate();
        if (reached > 0) {
            entityManager.createNativeQuery("INSERT INTO feed_counts_due (post_id) VALUES (?1) ON CONFLICT DO NOTHING")
                    .setParameter(1, post.postId()).executeUpdate();
        }
        return reached;
    }

    /**
     * When a share of post {@code p} may enter the feed of member {@code ?1} (rebuild and backfill alike): a public or
     * unlisted post, not deleted, not the member's own, not of an author the member mutes or is blocked with either way.
     */
    private static final String SHARE_READABLE = """
            NOT p.deleted AND p.visibility IN ('public', 'unlisted') AND p.author_id <> ?1
              AND NOT EXISTS (SELECT 1 FROM relationships m WHERE m.source_id = ?1
                              AND m.target_id = p.author_id AND m.kind IN ('mute', 'block'))
              AND NOT EXISTS (SELECT 1 FROM relationships b WHERE b.source_id = p.author_id
                              AND b.target_id = ?1 AND b.kind = 'block')""";

    /** The most fanned-out posts one {@link #countAndTrim()} counts. */
    static final int COUNT_BATCH = 64;

    /**
     * The batched follow-up of {@link #fanOut} ({@link FeedTrimmer}, its own transaction): takes up to
     * {@link #COUNT_BATCH} fanned-out posts not yet counted, adds to each member's {@code feed_size} the rows those
     * posts put in their feed (one update per member, however many of the posts reached them), and cuts the feeds
     * that went past {@link FeedSettings#trimAt()} back to the cap. How many posts it counted.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int countAndTrim() {
        Object[] result = (Object[]) entityManager.createNativeQuery("""
                        WITH due AS (
                            DELETE FROM feed_counts_due d WHERE d.post_id IN (
                                SELECT post_id FROM feed_counts_due ORDER BY queued_at LIMIT ?1 FOR UPDATE SKIP LOCKED)
                            RETURNING d.post_id
                        ), grown AS (
                            SELECT f.user_id, count(*) AS added FROM feeds f JOIN due ON f.post_id = due.post_id
                            WHERE f.shared_by IS NULL GROUP BY f.user_id
                        ), locked AS MATERIALIZED (
                            SELECT a.user_id, g.added FROM accounts a JOIN grown g ON g.user_id = a.user_id
                            ORDER BY a.user_id FOR NO KEY UPDATE OF a
                        ), counted AS (
                            UPDATE accounts a SET feed_size = a.feed_size + l.added FROM locked l
                            WHERE a.user_id = l.user_id RETURNING a.user_id, a.feed_size
                        )
                        SELECT (SELECT count(*) FROM due),
                               coalesce((SELECT string_agg(CAST(user_id AS text), ',') FROM counted WHERE feed_size > ?2), '')
                        """)
                .setParameter(1, COUNT_BATCH)
                .setParameter(2, settings.trimAt())
                .getSingleResult();
        trim((String) result[1]);
        return ((Number) result[0]).intValue();
    }

    /**
     * Puts a shared post into the feeds of the sharer's eligible followers (not the author, not who mutes or
     * blocks the sharer or the author, not who the author blocks). A post already in a feed stays as it came.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int fanOutShare(PostRef post, UUID sharer, Instant at, Instant activeSince) {
        Object[] result = (Object[]) entityManager.createNativeQuery("""
                        WITH inserted AS (
                            INSERT INTO feeds (user_id, post_id, author_id, shared_by, at)
                            SELECT r.source_id, ?2, ?1, ?3, ?4
                            FROM relationships r JOIN accounts a ON a.user_id = r.source_id
                            WHERE r.target_id = ?3 AND r.kind = 'follow' AND a.active_at > ?5 AND NOT a.deleted
                              AND r.source_id <> ?1
                              AND NOT EXISTS (SELECT 1 FROM relationships m WHERE m.source_id = r.source_id
                                              AND m.target_id IN (?1, ?3) AND m.kind IN ('mute', 'block'))
                              AND NOT EXISTS (SELECT 1 FROM relationships b WHERE b.source_id = ?1
                                              AND b.target_id = r.source_id AND b.kind = 'block')
                            ON CONFLICT DO NOTHING
                            RETURNING user_id
                        ), locked AS MATERIALIZED (
                            SELECT a.user_id FROM accounts a JOIN inserted i ON i.user_id = a.user_id
                            ORDER BY a.user_id FOR NO KEY UPDATE OF a
                        ), counted AS (
                            UPDATE accounts a SET feed_size = a.feed_size + 1 FROM locked l
                            WHERE a.user_id = l.user_id RETURNING a.user_id, a.feed_size
                        )
                        SELECT (SELECT count(*) FROM inserted) AS reached,
                               coalesce((SELECT string_agg(CAST(user_id AS text), ',') FROM counted WHERE feed_size > ?6), '')
                        """)
                .setParameter(1, post.authorId())
                .setParameter(2, post.postId())
                .setParameter(3, sharer)
                .setParameter(4, at)
                .setParameter(5, activeSince)
                .setParameter(6, settings.trimAt())
                .getSingleResult();
        trim((String) result[1]);
        return ((Number) result[0]).intValue();
    }

    /** Cuts each listed feed back to the cap, oldest entries first, and counts it as that long again. */
    void trim(String userIds) {
        if (userIds == null || userIds.isEmpty()) {
            return;
        }
        List<UUID> over = Arrays.stream(userIds.split(",")).map(UUID::fromString).toList();
        entityManager.createNativeQuery("""
                        WITH cut AS (
                            SELECT o.user_id, c.at, c.post_id
                            FROM unnest(CAST(?1 AS uuid[])) AS o(user_id)
                            CROSS JOIN LATERAL (SELECT f.at, f.post_id FROM feeds f WHERE f.user_id = o.user_id
                                                ORDER BY f.at DESC, f.post_id DESC OFFSET ?2 LIMIT 1) c
                        ), gone AS (
                            DELETE FROM feeds f USING cut
                            WHERE f.user_id = cut.user_id AND (f.at, f.post_id) <= (cut.at, cut.post_id)
                            RETURNING f.user_id
                        )
                        UPDATE accounts a SET feed_size = ?2 WHERE a.user_id = ANY (CAST(?1 AS uuid[]))""")
                .setParameter(1, PostRefs.arrayLiteral(over))
                .setParameter(2, settings.maxEntries())
                .executeUpdate();
    }

    /**
     * Rebuilds the feed of a member back after {@link FeedSettings#inactiveAfter()}: what fan-out skipped while they
     * were away is put back, newest first, up to the cap: the posts of whom they follow (their own too) and what
     * those members shared (public and unlisted posts, not of an author the member mutes or is blocked with either
     * way); a post both written and shared by followings comes as written, a post shared by several once. Posts
     * merged at read time stay out, muted members too.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rebuild(UUID userId) {
        entityManager.createQuery("DELETE FROM FeedEntry f WHERE f.userId = :u").setParameter("u", userId).executeUpdate();
        entityManager.createNativeQuery("""
                        WITH followed AS (
                            SELECT r.target_id AS member_id FROM relationships r
                            WHERE r.source_id = ?1 AND r.kind = 'follow'
                              AND NOT EXISTS (SELECT 1 FROM relationships m WHERE m.source_id = ?1
                                              AND m.target_id = r.target_id AND m.kind = 'mute')
                        ), candidates AS (
                            SELECT p.post_id, p.author_id, CAST(NULL AS uuid) AS shared_by, p.created_at AS at, 0 AS shared
                            FROM (SELECT member_id FROM followed UNION ALL SELECT CAST(?1 AS uuid)) f
                            CROSS JOIN LATERAL (
                                SELECT p.post_id, p.author_id, p.created_at FROM post_refs p
                                WHERE p.author_id = f.member_id AND p.fanned_out AND NOT p.deleted
                                  AND (p.visibility <> 'direct' OR p.author_id = ?1 OR ?1 = ANY (p.mentions))
                                ORDER BY p.created_at DESC, p.post_id DESC LIMIT ?2) p
                            UNION ALL
                            SELECT s.post_id, p.author_id, s.user_id, s.created_at, 1
                            FROM followed f
                            CROSS JOIN LATERAL (
                                SELECT s.post_id, s.user_id, s.created_at FROM shares s WHERE s.user_id = f.member_id
                                ORDER BY s.created_at DESC LIMIT ?2) s
                            JOIN post_refs p ON p.post_id = s.post_id
                            WHERE\s""" + SHARE_READABLE + """
                        ), once AS (
                            SELECT DISTINCT ON (post_id) post_id, author_id, shared_by, at FROM candidates
                            ORDER BY post_id, shared, at
                        ), inserted AS (
                            INSERT INTO feeds (user_id, post_id, author_id, shared_by, at)
                            SELECT ?1, post_id, author_id, shared_by, at FROM once
                            ORDER BY at DESC, post_id DESC LIMIT ?2
                            ON CONFLICT DO NOTHING
                            RETURNING 1
                        )
                        UPDATE accounts SET feed_size = (SELECT count(*) FROM inserted) WHERE user_id = ?1""")
                .setParameter(1, userId)
                .setParameter(2, settings.maxEntries())
                .executeUpdate();
    }

    /**
     * A follow that starts (directly, by an approved request, by an unlocked account): {@code memberId}'s recent
     * posts and shares come into {@code userId}'s feed, as a rebuild would bring them ({@link #backfill(UUID, UUID,
     * boolean, boolean)}). The caller has checked that {@code userId} now follows {@code memberId} and does not mute
     * them. How many rows it added.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int backfill(UUID userId, UUID memberId) {
        return backfill(userId, memberId, true, false);
    }

    /**
     * {@code userId} no longer mutes {@code memberId}: what the mute took out of the feed comes back, as a rebuild
     * would bring it: when followed, the member's recent posts and shares; in any case the member's posts that
     * {@code userId}'s followings shared. How many rows it added.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int unmuted(UUID userId, UUID memberId, boolean follows) {
        return backfill(userId, memberId, follows, true);
    }

    /**
     * One {@code INSERT … SELECT} that puts into {@code userId}'s feed, each at its own time and by the rules of
     * {@link #rebuild}: when {@code followed}, {@code memberId}'s recent posts (up to the cap; not direct unless
     * mentioned, not merged at read time) and what they shared; when {@code unmuted}, {@code memberId}'s posts that
     * {@code userId}'s (not muted) followings shared. A share only of a public or unlisted post, not deleted, not of
     * {@code userId}'s own, not of an author {@code userId} mutes or is blocked with either way. A post appears once:
     * written beats shared, the earliest share wins among several, and a post already in the feed stays as it came.
     */
    int backfill(UUID userId, UUID memberId, boolean followed, boolean unmuted) {
        Object[] result = (Object[]) entityManager.createNativeQuery("""
                        WITH own AS (
                            SELECT p.post_id, p.author_id, CAST(NULL AS uuid) AS shared_by, p.created_at AS at, 0 AS shared
                            FROM post_refs p
                            WHERE ?4 AND p.author_id = ?2 AND p.fanned_out AND NOT p.deleted
                              AND (p.visibility <> 'direct' OR ?1 = ANY (p.mentions))
                            ORDER BY p.created_at DESC, p.post_id DESC LIMIT ?3
                        ), shared AS (
                            (SELECT s.post_id, s.user_id, s.created_at FROM shares s
                             WHERE ?4 AND s.user_id = ?2 ORDER BY s.created_at DESC LIMIT ?3)
                            UNION ALL
                            SELECT s.post_id, s.user_id, s.created_at
                            FROM (SELECT p.post_id FROM post_refs p
                                  WHERE ?5 AND p.author_id = ?2 AND NOT p.deleted AND p.visibility IN ('public', 'unlisted')
                                  ORDER BY p.created_at DESC, p.post_id DESC LIMIT ?3) p
                            JOIN shares s ON s.post_id = p.post_id
                            JOIN relationships r ON r.source_id = ?1 AND r.target_id = s.user_id AND r.kind = 'follow'
                            WHERE NOT EXISTS (SELECT 1 FROM relationships m WHERE m.source_id = ?1
                                              AND m.target_id = s.user_id AND m.kind = 'mute')
                        ), candidates AS (
                            SELECT post_id, author_id, shared_by, at, shared FROM own
                            UNION ALL
                            SELECT s.post_id, p.author_id, s.user_id, s.created_at, 1
                            FROM shared s JOIN post_refs p ON p.post_id = s.post_id
                            WHERE\s""" + SHARE_READABLE + """
                        ), once AS (
                            SELECT DISTINCT ON (post_id) post_id, author_id, shared_by, at FROM candidates
                            ORDER BY post_id, shared, at
                        ), inserted AS (
                            INSERT INTO feeds (user_id, post_id, author_id, shared_by, at)
                            SELECT ?1, post_id, author_id, shared_by, at FROM once
                            ORDER BY at DESC, post_id DESC LIMIT ?3
                            ON CONFLICT DO NOTHING
                            RETURNING 1
                        ), counted AS (
                            UPDATE accounts SET feed_size = feed_size + (SELECT count(*) FROM inserted)
                            WHERE user_id = ?1 AND EXISTS (SELECT 1 FROM inserted) RETURNING feed_size
                        )
                        SELECT (SELECT count(*) FROM inserted), coalesce((SELECT feed_size FROM counted), 0)""")
                .setParameter(1, userId)
                .setParameter(2, memberId)
                .setParameter(3, settings.maxEntries())
                .setParameter(4, followed)
                .setParameter(5, unmuted)
                .getSingleResult();
        if (((Number) result[1]).intValue() > settings.trimAt()) {
            trim(userId.toString());
        }
        return ((Number) result[0]).intValue();
    }

    /** Takes {@code other}'s posts and shares out of {@code userId}'s feed (unfollow, block, mute). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int removeFromFeedOf(UUID userId, UUID other) {
        return entityManager.createQuery("""
                        DELETE FROM FeedEntry f WHERE f.userId = :u AND (f.authorId = :o OR f.sharedBy = :o)""")
                .setParameter("u", userId).setParameter("o", other).executeUpdate();
    }

    /** Takes a deleted post out of every feed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int removePost(UUID postId) {
        return entityManager.createQuery("DELETE FROM FeedEntry f WHERE f.postId = :p")
                .setParameter("p", postId).executeUpdate();
    }

    /** Takes what came by {@code sharer}'s share of the post out of the feeds it reached. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int removeShare(UUID postId, UUID sharer) {
        return entityManager.createQuery("DELETE FROM FeedEntry f WHERE f.postId = :p AND f.sharedBy = :s")
                .setParameter("p", postId).setParameter("s", sharer).executeUpdate();
    }

    /**
     * A deleted member's feed, and their posts in everyone's, each found by its key rather than by scanning
     * {@code feeds}: their own feed by the primary key, their posts through {@code post_refs} and
     * {@code feeds_by_post}. Their shares' rows go with each share ({@link #removeShare}, from the engagement side,
     * which forgets the shares first).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int removeMember(UUID userId) {
        int own = entityManager.createQuery("DELETE FROM FeedEntry f WHERE f.userId = :u")
                .setParameter("u", userId).executeUpdate();
        return own + entityManager.createNativeQuery("""
                        DELETE FROM feeds f USING post_refs p
                        WHERE p.author_id = ?1 AND NOT p.deleted AND f.post_id = p.post_id""")
                .setParameter(1, userId).executeUpdate();
    }

    /** Ids as a PostgreSQL array literal. */
    static String ids(Collection<UUID> ids) {
        return PostRefs.arrayLiteral(ids);
    }
}
