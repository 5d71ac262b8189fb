package nova.search.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.contracts.search.SearchHit;
import nova.contracts.search.SearchPage;
import nova.contracts.search.Suggestion;

/**
 * The search engine on PostgreSQL. Documents and members are written as JPA entities. The reads, and the hashtag
 * counter, are native SQL because JPA cannot say them: full-text matching and ranking ({@code @@},
 * {@code websearch_to_tsquery}, {@code ts_rank_cd}, {@code ts_headline} over the GIN-indexed generated
 * {@code tsvector}), trigram similarity ({@code %}, {@code similarity()} over pg_trgm's GIN indexes), prefix
 * matching that the {@code text_pattern_ops} indexes serve, and an atomic {@code INSERT … ON CONFLICT} increment
 * that concurrent consumers cannot lose.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PostgresSearchEngine implements SearchEngine {

    /**
     * The configurations a query is stemmed with when no language is asked for: its words match a document
     * stemmed in any of them (and 'simple' matches the unstemmed words of every other language).
     */
    static final List<String> QUERY_CONFIGS = List.of("simple", "english", "german", "french", "spanish",
            "italian", "portuguese", "dutch");

    /** ts_headline's markers: control characters no text carries, replaced by {@code <b>}/{@code </b>} once escaped */
    private static final String HEADLINE = "MaxFragments=1, MaxWords=24, MinWords=10, ShortWord=2, "
            + "StartSel=\u0001, StopSel=\u0002, FragmentDelimiter=\" … \"";

    /** How many of the newest matching documents are ranked (see {@link #documents}) */
    static final int CANDIDATES = 500;

    /** How many of the newest documents are looked through first for them */
    static final int RECENT = 4000;

    /** How many of the newest documents the middle tier looks through, when the first found too few */
    static final int MIDDLE = 40_000;

    @PersistenceContext(unitName = "search")
    EntityManager entityManager;

    @Override
    public void index(long generation, Document document) {
        if (deleted(generation, document.authorId())) {
            return;
        }
        IndexedItem item = entityManager.find(IndexedItem.class,
                new IndexedItem.Key(generation, document.kind(), document.id()));
        if (item == null) {
            entityManager.persist(new IndexedItem(generation, document));
        } else {
            item.change(document);
        }
    }

    @Override
    public void remove(long generation, String kind, UUID id) {
        entityManager.createQuery("DELETE FROM IndexedItem i WHERE i.generation = :g AND i.kind = :k AND i.id = :id")
                .setParameter("g", generation).setParameter("k", kind).setParameter("id", id).executeUpdate();
    }

    @Override
    public void hide(long generation, String kind, UUID id, boolean hidden) {
        IndexedItem item = entityManager.find(IndexedItem.class, new IndexedItem.Key(generation, kind, id));
        if (item != null) {
            item.hide(hidden);
        }
    }

    @Override
    public Optional<Document> document(long generation, String kind, UUID id) {
        return Optional.ofNullable(entityManager.find(IndexedItem.class, new IndexedItem.Key(generation, kind, id)))
                .map(IndexedItem::document);
    }

    @Override
    public void hashtagsUsed(long generation, List<String> tags, Instant at) {
        for (String tag : tags) {
            entityManager.createNativeQuery("""
                            INSERT INTO search_hashtags (generation, tag, uses, last_used) VALUES (?1, ?2, 1, ?3)
                            ON CONFLICT (generation, tag) DO UPDATE SET uses = search_hashtags.uses + 1,
                                last_used = greatest(search_hashtags.last_used, excluded.last_used)""")
                    .setParameter(1, generation).setParameter(2, tag).setParameter(3, at).executeUpdate();
        }
    }

    /** Rows per multi-row statement of the bulk writes (9 parameters a row, well below JDBC's 32,767) */
    static final int BULK_ROWS = 1000;

    @Override
    public List<Document> indexAll(long generation, List<Document> documents) {
        entityManager.flush();
        java.util.Set<UUID> authors = new java.util.HashSet<>();
        documents.forEach(d -> authors.add(d.authorId()));
        java.util.Set<UUID> deleted = new java.util.HashSet<>(entityManager.createQuery(
                        "SELECT m.id FROM IndexedMember m WHERE m.generation = :g AND m.deleted = true AND m.id IN :ids",
                        UUID.class)
                .setParameter("g", generation).setParameter("ids", authors).getResultList());
        List<Document> indexed = documents.stream().filter(d -> !deleted.contains(d.authorId())).toList();
        // one row per document: a repeated one takes the last text and keeps the first creation time, as index() does
        java.util.Map<IndexedItem.Key, Document> rows = new java.util.LinkedHashMap<>();
        for (Document d : indexed) {
            rows.merge(new IndexedItem.Key(generation, d.kind(), d.id()), d, (first, last) -> new Document(last.kind(),
                    last.id(), last.authorId(), last.title(), last.body(), last.language(), last.hasMedia(),
                    last.hashtags(), first.createdAt()));
        }
        List<Document> unique = new ArrayList<>(rows.values());
        for (int from = 0; from < unique.size(); from += BULK_ROWS) {
            List<Document> chunk = unique.subList(from, Math.min(unique.size(), from + BULK_ROWS));
            // native: a multi-row INSERT … ON CONFLICT is one statement for the chunk (JPA persists row by row, each
            // after a find); the update takes what change() takes, created_at and hidden stay. A null title or
            // language travels as '' (nullif): no post has an empty one, and a typed null does not bind portably here
            Sql sql = new Sql();
            sql.append("INSERT INTO search_index (generation, kind, id, author_id, title, body, language, has_media,"
                    + " hashtags, created_at) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                Document d = chunk.get(i);
                sql.append(i == 0 ? "(" : ", (").append(sql.param(generation)).append(", ").append(sql.param(d.kind()))
                        .append(", ").append(sql.param(d.id())).append(", ").append(sql.param(d.authorId()))
                        .append(", nullif(").append(sql.param(d.title() == null ? "" : d.title()))
                        .append(", ''), ").append(sql.param(d.body())).append(", nullif(")
                        .append(sql.param(d.language() == null ? "" : d.language())).append(", ''), ")
                        .append(sql.param(d.hasMedia())).append(", ").append(sql.param(String.join(" ", d.hashtags())))
                        .append(", ").append(sql.param(d.createdAt())).append(")");
            }
            sql.append(" ON CONFLICT (generation, kind, id) DO UPDATE SET author_id = excluded.author_id,"
                    + " title = excluded.title, body = excluded.body, language = excluded.language,"
                    + " has_media = excluded.has_media, hashtags = excluded.hashtags");
            sql.update(entityManager);
        }
        return indexed;
    }

    @Override
    public void hashtagsUsed(long generation, List<Document> posts) {
        java.util.Map<String, long[]> uses = new java.util.TreeMap<>();
        java.util.Map<String, Instant> last = new java.util.HashMap<>();
        for (Document post : posts) {
            for (String tag : post.hashtags()) {
                uses.computeIfAbsent(tag, t -> new long[1])[0]++;
                last.merge(tag, post.createdAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<String> tags = new ArrayList<>(uses.keySet());
        for (int from = 0; from < tags.size(); from += BULK_ROWS) {
            Sql sql = new Sql();
            sql.append("INSERT INTO search_hashtags (generation, tag, uses, last_used) VALUES ");
            List<String> chunk = tags.subList(from, Math.min(tags.size(), from + BULK_ROWS));
            for (int i = 0; i < chunk.size(); i++) {
                String tag = chunk.get(i);
                sql.append(i == 0 ? "(" : ", (").append(sql.param(generation)).append(", ").append(sql.param(tag))
                        .append(", ").append(sql.param(uses.get(tag)[0])).append(", ").append(sql.param(last.get(tag)))
                        .append(")");
            }
            sql.append(" ON CONFLICT (generation, tag) DO UPDATE SET uses = search_hashtags.uses + excluded.uses,"
                    + " last_used = greatest(search_hashtags.last_used, excluded.last_used)");
            sql.update(entityManager);
        }
    }

    @Override
    public void member(long generation, UUID userId, String username, String displayName, Boolean discoverable) {
        IndexedMember member = entityManager.find(IndexedMember.class, new IndexedMember.Key(generation, userId));
        if (member == null) {
            member = new IndexedMember(generation, userId, username);
            entityManager.persist(member);
        }
        if (member.deleted()) {
            return;
        }
        member.rename(username, displayName);
        if (discoverable != null) {
            member.discoverable(discoverable);
        }
    }

    @Override
    public void discoverable(long generation, UUID userId, boolean discoverable) {
        known(generation, userId).discoverable(discoverable);
    }

    @Override
    public void banned(long generation, UUID userId, boolean banned) {
        known(generation, userId).banned(banned);
    }

    @Override
    public void memberDeleted(long generation, UUID userId, String username) {
        IndexedMember member = entityManager.find(IndexedMember.class, new IndexedMember.Key(generation, userId));
        if (member == null) {
            member = new IndexedMember(generation, userId, username);
            entityManager.persist(member);
        }
        member.delete();
        entityManager.createQuery("DELETE FROM IndexedItem i WHERE i.generation = :g AND i.authorId = :a")
                .setParameter("g", generation).setParameter("a", userId).executeUpdate();
    }

    @Override
    public boolean deleted(long generation, UUID userId) {
        IndexedMember member = entityManager.find(IndexedMember.class, new IndexedMember.Key(generation, userId));
        return member != null && member.deleted();
    }

    /** A member an event names before their profile arrived (the topics are not ordered with each other). */
    private IndexedMember known(long generation, UUID userId) {
        IndexedMember member = entityManager.find(IndexedMember.class, new IndexedMember.Key(generation, userId));
        if (member == null) {
            member = new IndexedMember(generation, userId, "");
            entityManager.persist(member);
        }
        return member;
    }

    @Override
    public SearchPage search(long generation, SearchQuery query) {
        List<Object[]> rows;
        if ("user".equals(query.kind())) {
            rows = members(generation, query);
        } else if ("hashtag".equals(query.kind())) {
            rows = hashtags(generation, query);
        } else {
            rows = documents(generation, query);
        }
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), query.limit()); i++) {
            Object[] row = rows.get(i);
            hits.add(new SearchHit((String) row[0], (String) row[1], ((Number) row[2]).floatValue(),
                    row.length > 3 ? Highlights.html((String) row[3]) : null));
        }
        String next = null;
        if (rows.size() > query.limit()) {
            SearchHit last = hits.get(hits.size() - 1);
            next = new SearchCursor((float) last.score(), last.id()).encode();
        }
        return new SearchPage(hits, next);
    }

    /**
     * Posts and articles: the best {@code ts_rank_cd} among the {@link #CANDIDATES} newest matching documents (so a
     * term in a large share of the corpus ranks a bounded set, not every match). Those are found in one statement by
     * one of three tiers: among the {@link #RECENT} newest documents (the {@code (generation, created_at)} index read
     * backwards, a bounded scan, enough when the term is frequent); only when fewer than {@link #CANDIDATES} matched
     * there, among the {@link #MIDDLE} newest (a bitmap AND of the GIN index and the time index's range: a
     * middle-frequency term fetches only its matches within that range, not all of them); only when fewer matched
     * there too, over all documents through the GIN index (the term is then rare enough for a small bitmap), newest
     * first.
     * Highlights are made for the page's rows only.
     */
    private List<Object[]> documents(long generation, SearchQuery query) {
        Sql sql = new Sql();
        String text = sql.param(query.text());
        String tsquery = (query.language() == null ? QUERY_CONFIGS
                : List.of("simple", "search_config(" + sql.param(query.language()) + ")")).stream()
                .map(config -> "websearch_to_tsquery(" + (config.startsWith("search_config") ? config : "'" + config + "'")
                        + ", " + text + ")")
                .reduce((a, b) -> a + " || " + b).orElseThrow();
        String g = sql.param(generation);
        StringBuilder filters = new StringBuilder(" AND NOT d.hidden AND NOT EXISTS (SELECT 1 FROM search_users u")
                .append(" WHERE u.generation = ").append(g)
                .append(" AND u.id = d.author_id AND (NOT u.discoverable OR u.banned OR u.deleted))");
        if (query.kind() != null) {
            filters.append(" AND d.kind = ").append(sql.param(query.kind()));
        }
        if (query.author() != null) {
            filters.append(" AND d.author_id = ").append(sql.param(query.author()));
        }
        if (query.from() != null) {
            filters.append(" AND d.created_at >= ").append(sql.param(query.from()));
        }
        if (query.to() != null) {
            filters.append(" AND d.created_at < ").append(sql.param(query.to()));
        }
        if (query.hasMedia() != null) {
            filters.append(" AND d.has_media = ").append(sql.param(query.hasMedia()));
        }
        if (query.language() != null) {
            String language = sql.param(query.language().toLowerCase());
            filters.append(" AND (lower(d.language) = ").append(language).append(" OR lower(d.language) LIKE ")
                    .append(language).append(" || '-%')");
        }
        String candidates = sql.param(CANDIDATES);
        // q is materialized: the planner cannot see the query's terms, so the GIN path's plan does not depend on
        // the term's statistics (or on a generic plan); which path runs is decided by the count, not by estimates
        sql.append("WITH q AS MATERIALIZED (SELECT ").append(tsquery).append(" AS query),")
                .append(" recent AS MATERIALIZED (SELECT d.kind, d.id, d.document, d.created_at FROM (SELECT * FROM")
                .append(" search_index WHERE generation = ").append(g).append(" ORDER BY created_at DESC LIMIT ")
                .append(sql.param(RECENT)).append(") d, q WHERE d.document @@ q.query").append(filters)
                .append(" ORDER BY d.created_at DESC LIMIT ").append(candidates).append("),")
                // the middle tier: a bitmap AND of the GIN index and the time index's range over the MIDDLE newest;
                // the boundary is a bound value (not a subquery) so the planner sees how narrow the range is
                .append(" middle AS MATERIALIZED (SELECT d.kind, d.id, d.document FROM search_index d, q")
                .append(" WHERE (SELECT count(*) FROM recent) < ").append(candidates).append(" AND d.generation = ")
                .append(g).append(" AND d.created_at >= ").append(sql.param(middleBoundary(generation)))
                .append(" AND d.document @@ q.query").append(filters)
                .append(" ORDER BY d.created_at + interval '0' DESC LIMIT ").append(candidates).append("),")
                .append(" candidates AS (SELECT kind, id, document FROM recent UNION ALL SELECT kind, id, document")
                .append(" FROM middle UNION ALL (SELECT d.kind, d.id, d.document")
                .append(" FROM search_index d, q WHERE (SELECT count(*) FROM recent) < ").append(candidates)
                .append(" AND (SELECT count(*) FROM middle) < ").append(candidates)
                .append(" AND d.generation = ").append(g).append(" AND d.document @@ q.query").append(filters)
                // the expression keeps the time index out of this path: the GIN bitmap, then a top-N sort
                .append(" ORDER BY d.created_at + interval '0' DESC LIMIT ").append(candidates).append(")),")
                .append(" ranked AS (SELECT c.kind, c.id, ts_rank_cd(c.document, q.query, 32) AS score")
                .append(" FROM (SELECT DISTINCT ON (kind, id) * FROM candidates) c, q),")
                .append(" page AS (SELECT * FROM ranked");
        after(sql, query.after(), "id", "uuid");
        sql.append(" ORDER BY score DESC, id LIMIT ").append(sql.param(query.limit() + 1)).append(")")
                .append(" SELECT page.kind, CAST(page.id AS text), page.score, ts_headline(search_config(d.language),")
                .append(" coalesce(d.title || '. ', '') || d.body, q.query, ").append(sql.param(HEADLINE))
                .append(") FROM page JOIN search_index d ON d.generation = ").append(g)
                .append(" AND d.kind = page.kind AND d.id = page.id, q ORDER BY page.score DESC, page.id");
        return sql.list(entityManager);
    }

    /** The middle tier's boundary per generation, and when it was taken */
    private final java.util.concurrent.ConcurrentHashMap<Long, Object[]> boundaries = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The creation time of the {@link #MIDDLE}th newest document of the generation (the far future while it holds
     * fewer: the middle tier is then empty and the whole corpus is searched), taken again at most every 10 seconds.
     * Any boundary keeps the answer right (the middle tier's 500 newest matches are the newest overall whatever range
     * it covers); a stale one only makes the range a little wider.
     */
    private Instant middleBoundary(long generation) {
        Object[] known = boundaries.get(generation);
        long now = System.nanoTime();
        if (known != null && now - (long) known[1] < 10_000_000_000L) {
            return (Instant) known[0];
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = entityManager.createNativeQuery("SELECT created_at FROM search_index WHERE generation = ?1"
                        + " ORDER BY created_at DESC OFFSET ?2 LIMIT 1")
                .setParameter(1, generation).setParameter(2, MIDDLE).getResultList();
        Instant boundary = rows.isEmpty() ? Instant.parse("9999-01-01T00:00:00Z") : instant(rows.get(0));
        boundaries.put(generation, new Object[] {boundary, now});
        return boundary;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private List<Object[]> members(long generation, SearchQuery query) {
        Sql sql = new Sql();
        String words = stripped(query.text(), '@');
        String text = sql.param(words);
        String prefix = sql.param(likePrefix(words));
        sql.append("SELECT 'user' AS kind, CAST(id AS text) AS id, score FROM (SELECT u.id, CAST(greatest(")
                .append("similarity(u.username, ").append(text).append("), similarity(coalesce(u.display_name, ''), ")
                .append(text).append("), CASE WHEN u.username ILIKE ").append(prefix)
                .append(" THEN 1 ELSE 0 END) AS real) AS score FROM search_users u WHERE u.generation = ")
                .append(sql.param(generation))
                .append(" AND u.discoverable AND NOT u.banned AND NOT u.deleted AND (u.username % ").append(text)
                .append(" OR u.display_name % ").append(text).append(" OR u.username ILIKE ").append(prefix)
                .append(" OR u.display_name ILIKE ").append(prefix).append(")) s");
        after(sql, query.after(), "id", "uuid");
        sql.append(" ORDER BY score DESC, id LIMIT ").append(sql.param(query.limit() + 1));
        return sql.list(entityManager);
    }

    private List<Object[]> hashtags(long generation, SearchQuery query) {
        Sql sql = new Sql();
        String words = stripped(query.text(), '#').toLowerCase();
        String text = sql.param(words);
        String prefix = sql.param(likePrefix(words));
        sql.append("SELECT 'hashtag' AS kind, tag AS id, score FROM (SELECT h.tag, CAST(greatest(similarity(h.tag, ")
                .append(text).append("), CASE WHEN h.tag LIKE ").append(prefix)
                .append(" THEN 1 ELSE 0 END) AS real) AS score FROM search_hashtags h WHERE h.generation = ")
                .append(sql.param(generation)).append(" AND (h.tag % ").append(text).append(" OR h.tag LIKE ")
                .append(prefix).append(")) s");
        after(sql, query.after(), "tag", "text");
        sql.append(" ORDER BY score DESC, tag LIMIT ").append(sql.param(query.limit() + 1));
        return sql.list(entityManager);
    }

    /** Keyset: the hits after the cursor's (score, id) in the order score descending, id ascending. */
    private static void after(Sql sql, SearchCursor after, String idColumn, String idType) {
        if (after == null) {
            return;
        }
        String score = "CAST(" + sql.param(after.score()) + " AS real)";
        String id = "CAST(" + sql.param(after.id()) + " AS " + idType + ")";
        sql.append(" WHERE (score < ").append(score).append(" OR (score = ").append(score).append(" AND ")
                .append(idColumn).append(" > ").append(id).append("))");
    }

    @Override
    public List<Suggestion> suggest(long generation, String prefix, int limit) {
        boolean users = !prefix.startsWith("#");
        boolean tags = !prefix.startsWith("@");
        String words = prefix.startsWith("#") || prefix.startsWith("@") ? prefix.substring(1) : prefix;
        List<Suggestion> found = new ArrayList<>();
        if (words.isBlank()) {
            return found;
        }
        List<Suggestion> members = new ArrayList<>();
        if (users) {
            // the generation's (generation, lower(username) text_pattern_ops) index serves the username prefix
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                            SELECT CAST(id AS text), username FROM search_users
                            WHERE generation = ?1 AND discoverable AND NOT banned AND NOT deleted
                              AND (lower(username) LIKE ?2 OR display_name ILIKE ?2)
                            ORDER BY length(username), username LIMIT ?3""")
                    .setParameter(1, generation).setParameter(2, likePrefix(words.toLowerCase()))
                    .setParameter(3, limit).getResultList();
            rows.forEach(r -> members.add(new Suggestion("user", (String) r[0], (String) r[1])));
        }
        List<Suggestion> hashtags = new ArrayList<>();
        if (tags) {
            @SuppressWarnings("unchecked")
            List<String> rows = entityManager.createNativeQuery("""
                            SELECT tag FROM search_hashtags WHERE generation = ?1 AND tag LIKE ?2
                            ORDER BY uses DESC, tag LIMIT ?3""")
                    .setParameter(1, generation).setParameter(2, likePrefix(words.toLowerCase()))
                    .setParameter(3, limit).getResultList();
            rows.forEach(tag -> hashtags.add(new Suggestion("hashtag", tag, tag)));
        }
        // members and hashtags by turns, so neither crowds the other out
        for (int i = 0; found.size() < limit && (i < members.size() || i < hashtags.size()); i++) {
            if (i < members.size()) {
                found.add(members.get(i));
            }
            if (i < hashtags.size() && found.size() < limit) {
                found.add(hashtags.get(i));
            }
        }
        return found;
    }

    @Override
    public void drop(long generation) {
        boundaries.remove(generation);
        entityManager.createQuery("DELETE FROM IndexedItem i WHERE i.generation = :g")
                .setParameter("g", generation).executeUpdate();
        entityManager.createQuery("DELETE FROM IndexedMember m WHERE m.generation = :g")
                .setParameter("g", generation).executeUpdate();
        entityManager.createNativeQuery("DELETE FROM search_hashtags WHERE generation = ?1")
                .setParameter(1, generation).executeUpdate();
    }

    private static String stripped(String text, char sigil) {
        String t = text.strip();
        return t.length() > 1 && t.charAt(0) == sigil ? t.substring(1) : t;
    }

    /** {@code text%} for LIKE, with LIKE's own characters taken literally (PostgreSQL's default escape is \). */
    static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** A native statement built from parts, with its positional parameters. */
    private static final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        String param(Object value) {
            params.add(value);
            return "?" + params.size();
        }

        Sql append(Object part) {
            text.append(part);
            return this;
        }

        int update(EntityManager entityManager) {
            Query query = entityManager.createNativeQuery(text.toString());
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
            return query.executeUpdate();
        }

        @SuppressWarnings("unchecked")
        List<Object[]> list(EntityManager entityManager) {
            Query query = entityManager.createNativeQuery(text.toString());
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
            return query.getResultList();
        }
    }
}
