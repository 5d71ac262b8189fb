package nova.search.trending;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nova.contracts.search.TrendingHashtag;
import nova.contracts.search.TrendingPost;
import nova.search.index.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bucketed counters behind trending, one generation at a time. Each event adds its weight to the bucket of
 * its own time (so a rebuild counts exactly what live consumption counted); a read sums the window's buckets with
 * their decay: a few hundred rows per key at most, never the events themselves.
 * <p>
 * Native SQL: the increment is an {@code INSERT … ON CONFLICT DO UPDATE} (atomic under concurrent consumers, which
 * a JPA read-modify-write is not without locking every bucket row), and the read aggregates with the decay in the
 * database so only the top rows travel.
 */
@ApplicationScoped
public class TrendingCounters {

    @PersistenceContext(unitName = "search")
    EntityManager entityManager;

    @Inject
    @ConfigProperty(name = "nova.search.trending.bucket", defaultValue = "PT10M")
    Duration bucket;

    @Inject
    @ConfigProperty(name = "nova.search.trending.window", defaultValue = "PT24H")
    Duration window;

    @Inject
    @ConfigProperty(name = "nova.search.trending.half-life", defaultValue = "PT6H")
    Duration halfLife;

    TrendWindow trendWindow() {
        return new TrendWindow(bucket, window, halfLife);
    }

    /** Adds {@code weight} (and {@code uses}) to {@code kind}/{@code key}'s bucket at {@code at}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(long generation, String kind, String key, Instant at, double weight, int uses) {
        entityManager.createNativeQuery("""
                        INSERT INTO search_trend_buckets (generation, kind, key, bucket, weight, uses)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                        ON CONFLICT (generation, kind, key, bucket) DO UPDATE
                        SET weight = search_trend_buckets.weight + excluded.weight,
                            uses = search_trend_buckets.uses + excluded.uses""")
                .setParameter(1, generation).setParameter(2, kind).setParameter(3, key)
                .setParameter(4, trendWindow().bucketOf(at)).setParameter(5, weight).setParameter(6, uses)
                .executeUpdate();
    }

    /** Notes that {@code account} used {@code tag} in the bucket at {@code at} (distinct accounts per window). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void accountUsed(long generation, String tag, Instant at, UUID account) {
        entityManager.createNativeQuery("""
                        INSERT INTO search_trend_accounts (generation, tag, bucket, account_id) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, generation).setParameter(2, tag).setParameter(3, trendWindow().bucketOf(at))
                .setParameter(4, account).executeUpdate();
    }

    /**
     * Counts the hashtag uses of many posts at once, as {@link #add} ({@code weight}, one use) and
     * {@link #accountUsed} per tag of each post would (a rebuild's bulk): one upsert per (tag, bucket), one insert
     * per (tag, bucket, author).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hashtagsUsed(long generation, List<Document> posts, double weight) {
        TrendWindow w = trendWindow();
        Map<List<Object>, long[]> uses = new java.util.LinkedHashMap<>();
        java.util.Set<List<Object>> accounts = new java.util.LinkedHashSet<>();
        for (Document post : posts) {
            Instant bucketAt = w.bucketOf(post.createdAt());
            for (String tag : post.hashtags()) {
                uses.computeIfAbsent(List.of(tag, bucketAt), k -> new long[1])[0]++;
                accounts.add(List.of(tag, bucketAt, post.authorId()));
            }
        }
        rows(new ArrayList<>(uses.keySet()), (sql, params, row) -> sql.append("(?").append(params.size() + 1)
                        .append(", 'hashtag', ?").append(params.size() + 2).append(", ?").append(params.size() + 3)
                        .append(", ?").append(params.size() + 4).append(", ?").append(params.size() + 5).append(")"),
                (params, row) -> params.addAll(List.of(generation, row.get(0), row.get(1), uses.get(row)[0] * weight,
                        uses.get(row)[0])),
                "INSERT INTO search_trend_buckets (generation, kind, key, bucket, weight, uses) VALUES ",
                " ON CONFLICT (generation, kind, key, bucket) DO UPDATE SET weight = search_trend_buckets.weight"
                        + " + excluded.weight, uses = search_trend_buckets.uses + excluded.uses");
        rows(new ArrayList<>(accounts), (sql, params, row) -> sql.append("(?").append(params.size() + 1).append(", ?")
                        .append(params.size() + 2).append(", ?").append(params.size() + 3).append(", ?")
                        .append(params.size() + 4).append(")"),
                (params, row) -> params.addAll(List.of(generation, row.get(0), row.get(1), row.get(2))),
                "INSERT INTO search_trend_accounts (generation, tag, bucket, account_id) VALUES ", " ON CONFLICT DO NOTHING");
    }

    private interface RowText {
        void append(StringBuilder sql, List<Object> params, List<Object> row);
    }

    private interface RowParams {
        void add(List<Object> params, List<Object> row);
    }

    /** Multi-row statements of up to 1,000 rows each: {@code head}, the rows' tuples, {@code tail}. */
    private void rows(List<List<Object>> rows, RowText text, RowParams values, String head, String tail) {
        for (int from = 0; from < rows.size(); from += 1000) {
            StringBuilder sql = new StringBuilder(head);
            List<Object> params = new ArrayList<>();
            for (List<Object> row : rows.subList(from, Math.min(rows.size(), from + 1000))) {
                if (!params.isEmpty()) {
                    sql.append(", ");
                }
                text.append(sql, params, row);
                values.add(params, row);
            }
            jakarta.persistence.Query query = entityManager.createNativeQuery(sql.append(tail).toString());
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
            query.executeUpdate();
        }
    }

    /** The hashtags trending at {@code now}, best first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrendingHashtag> hashtags(long generation, Instant now, int limit) {
        TrendWindow w = trendWindow();
        Instant since = w.since(now);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT key, sum(weight * power(2, -greatest(0, CAST(extract(epoch FROM (CAST(?3 AS timestamptz) - bucket)) AS double precision) - ?5) / ?4)) AS score,
                               sum(uses)
                        FROM search_trend_buckets WHERE generation = ?1 AND kind = 'hashtag' AND bucket >= ?2
                        GROUP BY key HAVING sum(weight) > 0 ORDER BY score DESC, key LIMIT ?6""")
                .setParameter(1, generation).setParameter(2, since).setParameter(3, now)
                .setParameter(4, (double) halfLife.toSeconds()).setParameter(5, (double) bucket.toSeconds() / 2)
                .setParameter(6, limit).getResultList();
        Map<String, Long> accounts = new HashMap<>();
        if (!rows.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> counted = entityManager.createNativeQuery("""
                            SELECT tag, count(DISTINCT account_id) FROM search_trend_accounts
                            WHERE generation = ?1 AND bucket >= ?2 AND tag = ANY (CAST(?3 AS text[])) GROUP BY tag""")
                    .setParameter(1, generation).setParameter(2, since)
                    .setParameter(3, "{" + String.join(",", rows.stream().map(r -> quoted((String) r[0])).toList()) + "}")
                    .getResultList();
            counted.forEach(r -> accounts.put((String) r[0], ((Number) r[1]).longValue()));
        }
        List<TrendingHashtag> trending = new ArrayList<>();
        for (Object[] r : rows) {
            trending.add(new TrendingHashtag((String) r[0], ((Number) r[1]).doubleValue(), ((Number) r[2]).longValue(),
                    accounts.getOrDefault((String) r[0], 0L)));
        }
        return trending;
    }

    /** The public posts trending at {@code now} that are still found (not deleted, hidden or their author's hidden). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrendingPost> posts(long generation, Instant now, int limit) {
        TrendWindow w = trendWindow();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT CAST(d.id AS text), t.score FROM (
                            SELECT key, sum(weight * power(2, -greatest(0, CAST(extract(epoch FROM (CAST(?3 AS timestamptz) - bucket)) AS double precision) - ?5) / ?4)) AS score
                            FROM search_trend_buckets WHERE generation = ?1 AND kind = 'post' AND bucket >= ?2
                            GROUP BY key HAVING sum(weight) > 0) t
                        JOIN search_index d ON d.generation = ?1 AND d.kind = 'post' AND d.id = CAST(t.key AS uuid)
                        WHERE NOT d.hidden
                          AND NOT EXISTS (SELECT 1 FROM search_users u WHERE u.generation = d.generation
                                          AND u.id = d.author_id AND (NOT u.discoverable OR u.banned OR u.deleted))
                        ORDER BY t.score DESC, d.id LIMIT ?6""")
                .setParameter(1, generation).setParameter(2, w.since(now)).setParameter(3, now)
                .setParameter(4, (double) halfLife.toSeconds()).setParameter(5, (double) bucket.toSeconds() / 2)
                .setParameter(6, limit).getResultList();
        return rows.stream().map(r -> new TrendingPost(UUID.fromString((String) r[0]), ((Number) r[1]).doubleValue()))
                .toList();
    }

    /**
     * Deletes the buckets (and their accounts) of every generation that lie wholly before the window at {@code now}:
     * reads never count them again. A rebuild's replay may write old buckets again; the next prune takes them.
     *
     * @return how many bucket rows went
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public int prune(Instant now) {
        Instant before = trendWindow().prunableBefore(now);
        int buckets = entityManager.createNativeQuery("DELETE FROM search_trend_buckets WHERE bucket < ?1")
                .setParameter(1, before).executeUpdate();
        entityManager.createNativeQuery("DELETE FROM search_trend_accounts WHERE bucket < ?1")
                .setParameter(1, before).executeUpdate();
        return buckets;
    }

    /** Drops a generation's counters. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void drop(long generation) {
        entityManager.createNativeQuery("DELETE FROM search_trend_buckets WHERE generation = ?1")
                .setParameter(1, generation).executeUpdate();
        entityManager.createNativeQuery("DELETE FROM search_trend_accounts WHERE generation = ?1")
                .setParameter(1, generation).executeUpdate();
    }

    private static String quoted(String tag) {
        return "\"" + tag.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
