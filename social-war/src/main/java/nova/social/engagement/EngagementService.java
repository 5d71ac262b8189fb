package nova.social.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nova.contracts.content.Post;
import nova.contracts.social.Account;
import nova.contracts.social.AccountPage;
import nova.contracts.social.LikeCreated;
import nova.contracts.social.LikeRemoved;
import nova.contracts.social.PostEngagement;
import nova.contracts.social.ShareCreated;
import nova.contracts.social.ShareRemoved;
import nova.platform.events.Outbox;
import nova.platform.persistence.DatabaseTime;
import nova.social.feed.FeedEntries;
import nova.social.feed.Fanout;
import nova.social.infra.PageRequest;
import nova.social.infra.Refusals;
import nova.social.post.PostRef;
import nova.social.post.PostRefs;
import nova.social.relationship.Ties;

/**
 * Likes and shares. Each change takes the post's row lock ({@code post_refs}) first, so concurrent likes and
 * unlikes of one post take turns: whether the member's like is there, the row and the counter change together, and
 * the count stays exact however many arrive at once. Liking twice, or unliking what is not liked, changes and
 * publishes nothing. The post itself was checked with content by the caller ({@link nova.social.infra.PostCheck})
 * before the transaction began.
 */
@ApplicationScoped
public class EngagementService {

    @PersistenceContext(unitName = "social")
    EntityManager entityManager;

    @Inject
    PostRefs posts;

    @Inject
    Ties ties;

    @Inject
    Fanout fanout;

    @Inject
    FeedEntries feeds;

    @Inject
    Outbox outbox;

    @Transactional
    public PostEngagement like(UUID me, Post post) {
        Instant now = DatabaseTime.now();
        PostRef ref = lockVisible(me, post);
        if (entityManager.find(Like.class, new EngagementKey(ref.postId(), me)) == null) {
            entityManager.persist(new Like(ref.postId(), me, now));
            ref.liked(1);
            outbox.publish(new LikeCreated(ref.postId(), ref.authorId(), me, now));
        }
        return engagementOf(me, ref);
    }

    @Transactional
    public PostEngagement unlike(UUID me, UUID postId) {
        Instant now = DatabaseTime.now();
        PostRef ref = posts.lock(postId).orElse(null);
        if (ref == null) {
            return new PostEngagement(postId, 0, 0, false, false);
        }
        Like like = entityManager.find(Like.class, new EngagementKey(postId, me));
        if (like != null) {
            entityManager.remove(like);
            ref.liked(-1);
            outbox.publish(new LikeRemoved(postId, ref.authorId(), me, now));
        }
        return engagementOf(me, ref);
    }

    /** Shares a public or unlisted post: it reaches the sharer's followers' feeds (once each). */
    @Transactional
    public PostEngagement share(UUID me, Post post) {
        Instant now = DatabaseTime.now();
        PostRef ref = lockVisible(me, post);
        if (!ref.shareable()) {
            throw Refusals.conflict("Only public and unlisted posts can be shared.");
        }
        if (entityManager.find(Share.class, new EngagementKey(ref.postId(), me)) == null) {
            entityManager.persist(new Share(ref.postId(), me, now));
            ref.shared(1);
            outbox.publish(new ShareCreated(ref.postId(), ref.authorId(), me, now));
            entityManager.flush();
            fanout.shared(ref, me, now);
        }
        return engagementOf(me, ref);
    }

    @Transactional
    public PostEngagement unshare(UUID me, UUID postId) {
        Instant now = DatabaseTime.now();
        PostRef ref = posts.lock(postId).orElse(null);
        if (ref == null) {
            return new PostEngagement(postId, 0, 0, false, false);
        }
        Share share = entityManager.find(Share.class, new EngagementKey(postId, me));
        if (share != null) {
            entityManager.remove(share);
            ref.shared(-1);
            feeds.removeShare(postId, me);
            outbox.publish(new ShareRemoved(postId, ref.authorId(), me, now));
        }
        return engagementOf(me, ref);
    }

    /** Counts and the caller's own like and share of each post, in the order asked; zeros for unknown posts. */
    public List<PostEngagement> engagement(UUID me, List<UUID> postIds) {
        Map<UUID, PostRef> refs = posts.find(postIds).stream()
                .collect(Collectors.toMap(PostRef::postId, Function.identity()));
        Set<UUID> liked = new HashSet<>(entityManager.createQuery(
                        "SELECT l.postId FROM PostLike l WHERE l.userId = :me AND l.postId IN :ids", UUID.class)
                .setParameter("me", me).setParameter("ids", postIds).getResultList());
        Set<UUID> shared = new HashSet<>(entityManager.createQuery(
                        "SELECT s.postId FROM Share s WHERE s.userId = :me AND s.postId IN :ids", UUID.class)
                .setParameter("me", me).setParameter("ids", postIds).getResultList());
        return postIds.stream().map(id -> {
            PostRef ref = refs.get(id);
            boolean gone = ref == null || ref.isDeleted();
            return new PostEngagement(id, gone ? 0 : ref.likes(), gone ? 0 : ref.shares(), liked.contains(id),
                    shared.contains(id));
        }).toList();
    }

    /** Who liked the post, newest first, leaving out members on either side of a block with the viewer. */
    public AccountPage likers(UUID viewer, UUID postId, PageRequest page) {
        TypedQuery<Like> query = entityManager.createQuery("SELECT l FROM PostLike l WHERE l.postId = :post"
                        + (page.after() == null ? "" : " AND (l.createdAt < :at OR (l.createdAt = :at AND l.userId < :id))")
                        + """
                         AND NOT EXISTS (SELECT b FROM Tie b WHERE b.kind = :block AND ((b.sourceId = :viewer AND b.targetId = l.userId)
                                         OR (b.sourceId = l.userId AND b.targetId = :viewer)))
                        ORDER BY l.createdAt DESC, l.userId DESC""", Like.class)
                .setParameter("post", postId).setParameter("viewer", viewer)
                .setParameter("block", nova.social.relationship.Tie.Kind.block)
                .setMaxResults(page.limit() + 1);
        if (page.after() != null) {
            query.setParameter("at", page.after().at()).setParameter("id", page.after().id());
        }
        List<Like> rows = query.getResultList();
        boolean more = rows.size() > page.limit();
        List<Like> items = more ? rows.subList(0, page.limit()) : rows;
        String next = more ? new PageRequest.Position(items.get(items.size() - 1).createdAt(),
                items.get(items.size() - 1).userId()).encode() : null;
        return new AccountPage(items.stream().map(l -> new Account(l.userId(), l.createdAt())).toList(), next);
    }

    /**
     * A deleted member's likes and shares go, each post's counters with them (in the inbox's transaction). Not
     * published one by one: {@code user.deleted} already tells every consumer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID userId) {
        for (Like like : entityManager.createQuery("SELECT l FROM PostLike l WHERE l.userId = :u ORDER BY l.postId", Like.class)
                .setParameter("u", userId).getResultList()) {
            posts.lock(like.postId()).ifPresent(ref -> ref.liked(-1));
            entityManager.remove(like);
        }
        for (Share share : entityManager.createQuery("SELECT s FROM Share s WHERE s.userId = :u ORDER BY s.postId",
                Share.class).setParameter("u", userId).getResultList()) {
            posts.lock(share.postId()).ifPresent(ref -> ref.shared(-1));
            feeds.removeShare(share.postId(), userId); // what the share brought, found by post (feeds_by_post)
            entityManager.remove(share);
        }
    }

    /** The post recorded and locked; 404 when it was deleted or either side blocks the other. */
    private PostRef lockVisible(UUID me, Post post) {
        PostRef ref = posts.recordAndLock(post.id(), post.authorId(), post.visibility(), post.mentionIds(),
                DatabaseTime.of(post.createdAt()));
        if (ref.isDeleted() || ties.blockedEitherWay(me, ref.authorId())) {
            throw Refusals.notFound("There is no post " + post.id() + ".");
        }
        return ref;
    }

    private PostEngagement engagementOf(UUID me, PostRef ref) {
        boolean liked = entityManager.find(Like.class, new EngagementKey(ref.postId(), me)) != null;
        boolean shared = entityManager.find(Share.class, new EngagementKey(ref.postId(), me)) != null;
        return new PostEngagement(ref.postId(), ref.likes(), ref.shares(), liked, shared);
    }
}
