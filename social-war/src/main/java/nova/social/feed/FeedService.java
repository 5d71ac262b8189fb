package nova.social.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nova.contracts.social.FeedItem;
import nova.contracts.social.FeedPage;
import nova.platform.persistence.DatabaseTime;
import nova.social.infra.PageRequest;
import nova.social.member.Member;
import nova.social.member.Members;
import nova.social.post.PostRef;

/**
 * Reads a home feed: the rows fan-out wrote, merged with the recent posts of followed authors that were not fanned
 * out (celebrities), newest first, keyset-paginated on (instant, post id) so a page never moves when newer posts
 * arrive; a post appears once; whoever the reader mutes or is blocked with either way is left out. A member
 * back after {@code nova.social.fanout.inactive-after} gets their feed rebuilt first.
 */
@ApplicationScoped
public class FeedService {

    /** Newest first, ties broken by post id, as the keyset. */
    static final Comparator<FeedItem> NEWEST_FIRST = Comparator.comparing(FeedItem::at)
            .thenComparing(FeedItem::postId).reversed();

    @PersistenceContext(unitName = "social")
    EntityManager entityManager;

    @Inject
    Members members;

    @Inject
    FeedEntries feeds;

    @Inject
    FeedSettings settings;

    @Transactional
    public FeedPage read(UUID reader, PageRequest page) {
        Instant now = DatabaseTime.now();
        members.ensure(reader, now);
        Member member = members.peek(reader).orElseThrow();
        if (member.wasAway(now, settings.inactiveAfter()) || !member.seenRecently(now)) {
            // a write is due (at most once an hour): only then the row is locked, and looked at again under the lock.
            // A read that writes nothing takes no lock, so it never waits for the feed trimmer, which holds the
            // rows of every member a fan-out reached while it counts them.
            member = members.lock(reader).orElseThrow();
            if (member.wasAway(now, settings.inactiveAfter())) {
                feeds.rebuild(reader);
            }
            member.seen(now);
        }
        List<FeedItem> merged = merge(fannedOut(reader, page), mergedAtReadTime(reader, page), page.limit() + 1);
        boolean more = merged.size() > page.limit();
        List<FeedItem> items = more ? merged.subList(0, page.limit()) : merged;
        FeedItem last = items.isEmpty() ? null : items.get(items.size() - 1);
        return new FeedPage(items, more ? new PageRequest.Position(last.at(), last.postId()).encode() : null);
    }

    /** Both sources, newest first, each post once (a fanned-out row wins over the same post merged). */
    static List<FeedItem> merge(List<FeedItem> fannedOut, List<FeedItem> merged, int limit) {
        Map<UUID, FeedItem> once = new LinkedHashMap<>();
        fannedOut.forEach(item -> once.putIfAbsent(item.postId(), item));
        merged.forEach(item -> once.putIfAbsent(item.postId(), item));
        List<FeedItem> all = new ArrayList<>(once.values());
        all.sort(NEWEST_FIRST);
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
    }

    private List<FeedItem> fannedOut(UUID reader, PageRequest page) {
        TypedQuery<FeedEntry> query = entityManager.createQuery("SELECT f FROM FeedEntry f WHERE f.userId = :me"
                        + (page.after() == null ? "" : " AND (f.at < :at OR (f.at = :at AND f.postId < :id))") + """
                         AND NOT EXISTS (SELECT t FROM Tie t WHERE
                             (t.sourceId = :me AND t.kind IN (:mute, :block) AND (t.targetId = f.authorId OR t.targetId = f.sharedBy))
                             OR (t.targetId = :me AND t.kind = :block AND (t.sourceId = f.authorId OR t.sourceId = f.sharedBy)))
                        ORDER BY f.at DESC, f.postId DESC""", FeedEntry.class);
        query.setParameter("me", reader)
                .setParameter("mute", nova.social.relationship.Tie.Kind.mute)
                .setParameter("block", nova.social.relationship.Tie.Kind.block)
                .setMaxResults(page.limit() + 1);
        if (page.after() != null) {
            query.setParameter("at", page.after().at()).setParameter("id", page.after().id());
        }
        return query.getResultList().stream().map(FeedEntry::view).toList();
    }

    private List<FeedItem> mergedAtReadTime(UUID reader, PageRequest page) {
        TypedQuery<PostRef> query = entityManager.createQuery("""
                        SELECT p FROM PostRef p WHERE p.fannedOut = false AND p.deleted = false
                         AND (p.authorId = :me OR p.authorId IN (SELECT t.targetId FROM Tie t WHERE t.sourceId = :me
                              AND t.kind = :follow AND NOT EXISTS (SELECT m FROM Tie m WHERE m.sourceId = :me
                              AND m.targetId = t.targetId AND m.kind = :mute)))"""
                        + (page.after() == null ? "" : " AND (p.createdAt < :at OR (p.createdAt = :at AND p.postId < :id))")
                        + " ORDER BY p.createdAt DESC, p.postId DESC", PostRef.class)
                .setParameter("me", reader)
                .setParameter("follow", nova.social.relationship.Tie.Kind.follow)
                .setParameter("mute", nova.social.relationship.Tie.Kind.mute)
                .setMaxResults(4 * (page.limit() + 1));
        if (page.after() != null) {
            query.setParameter("at", page.after().at()).setParameter("id", page.after().id());
        }
        // a direct post is the mentioned followers' only: few enough to leave out here rather than in SQL
        return query.getResultList().stream()
                .filter(p -> p.visibleInFeedOf(reader, true))
                .limit(page.limit() + 1L)
                .map(p -> new FeedItem(p.postId(), p.authorId(), null, p.createdAt()))
                .toList();
    }
}
