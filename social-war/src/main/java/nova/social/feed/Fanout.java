package nova.social.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nova.contracts.content.PostCreated;
import nova.contracts.content.PostDeleted;
import nova.contracts.social.FeedUpdated;
import nova.platform.events.Outbox;
import nova.platform.persistence.DatabaseTime;
import nova.social.member.Member;
import nova.social.member.Members;
import nova.social.post.PostRef;
import nova.social.post.PostRefs;

/**
 * Fan-out on write: a new post reaches its followers' feeds at once ({@link FeedEntries#fanOut}), unless its author
 * has more than {@code nova.social.fanout.celebrity-followers} followers: then it is only recorded, and merged into
 * their followers' feeds when they read them ({@link FeedService}). Either way one {@code social.feed.updated} says
 * how many feeds it reached. Runs in the inbox's transaction: a redelivered event is skipped there, and would add
 * no row anyway.
 */
@ApplicationScoped
public class Fanout {

    @Inject
    PostRefs posts;

    @Inject
    Members members;

    @Inject
    FeedEntries feeds;

    @Inject
    FeedSettings settings;

    @Inject
    Outbox outbox;

    @Inject
    Event<FeedTrimmer.Due> countsDue;

    @Transactional(Transactional.TxType.MANDATORY)
    public FeedUpdated postCreated(PostCreated created) {
        Instant now = DatabaseTime.now();
        // first heard of here: no feed can hold the post yet (a like, share, rebuild or backfill needs its row,
        // which no one else sees before this commits), so the fan-out's insert needs no conflict check
        boolean first = posts.record(created.postId(), created.authorId(), created.visibility(),
                created.mentionIds(), DatabaseTime.of(created.createdAt()));
        PostRef post = posts.lock(created.postId()).orElseThrow();
        int reached = 0;
        if (!post.isDeleted()) {
            long followers = members.find(created.authorId()).map(Member::followers).orElse(0L);
            if (followers > settings.celebrityFollowers()) {
                post.mergedAtReadTime();
            } else {
                reached = feeds.fanOut(post, created.mentionIds(), now.minus(settings.inactiveAfter()), first);
                if (reached > 0) {
                    countsDue.fire(new FeedTrimmer.Due()); // the feeds it grew are counted and trimmed once this commits
                }
            }
        }
        FeedUpdated updated = new FeedUpdated(post.postId(), post.authorId(), null, reached, now);
        outbox.publish(updated);
        return updated;
    }

    /** The post leaves every feed; its counters stay with the tombstone (likes of a deleted post are answered 404). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void postDeleted(PostDeleted deleted) {
        // recorded even when its creation never came, so a late content.post.created cannot bring it back
        PostRef post = posts.recordAndLock(deleted.postId(), deleted.authorId(), "direct", List.of(),
                DatabaseTime.of(deleted.deletedAt()));
        post.delete();
        feeds.removePost(deleted.postId());
    }

    /** A share reaches the sharer's followers' feeds (in the share's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int shared(PostRef post, UUID sharer, Instant at) {
        int reached = feeds.fanOutShare(post, sharer, at, at.minus(settings.inactiveAfter()));
        outbox.publish(new FeedUpdated(post.postId(), post.authorId(), sharer, reached, at));
        return reached;
    }
}
