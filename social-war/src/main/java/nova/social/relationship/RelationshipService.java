package nova.social.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nova.contracts.social.BlockCreated;
import nova.contracts.social.BlockRemoved;
import nova.contracts.social.FollowCreated;
import nova.contracts.social.FollowRemoved;
import nova.contracts.social.FollowRequested;
import nova.contracts.social.MuteCreated;
import nova.contracts.social.MuteRemoved;
import nova.contracts.social.Relationship;
import nova.platform.events.Outbox;
import nova.platform.persistence.DatabaseTime;
import nova.platform.problem.Rejection;
import nova.social.feed.FeedEntries;
import nova.social.infra.Refusals;
import nova.social.member.Member;
import nova.social.member.Members;
import nova.social.relationship.Tie.Kind;

/**
 * Follows, follow requests, blocks and mutes. Each change locks both members' rows (in id order: two members
 * acting on each other at once take turns), changes the ties and the counts, takes what no longer belongs out of
 * the feeds, and publishes what happened, all in one transaction. Every call answers how the caller now stands
 * with the other member; calls that change nothing publish nothing.
 */
@ApplicationScoped
public class RelationshipService {

    @Inject
    Members members;

    @Inject
    Ties ties;

    @Inject
    FeedEntries feeds;

    @Inject
    Outbox outbox;

    @Inject
    RelationshipQueries queries;

    @Transactional
    public Relationship follow(UUID me, UUID other) {
        Instant now = begin(me, other);
        if (ties.blockedEitherWay(me, other)) {
            throw unknown(other);
        }
        if (!ties.exists(me, other, Kind.follow) && !ties.exists(me, other, Kind.request)) {
            Member followee = members.find(other).orElseThrow(() -> unknown(other));
            if (followee.isLocked()) {
                ties.add(new Tie(me, other, Kind.request, now));
                outbox.publish(new FollowRequested(me, other, now));
            } else {
                startFollowing(me, other, now);
            }
        }
        return queries.between(me, other);
    }

    @Transactional
    public Relationship unfollow(UUID me, UUID other) {
        Instant now = begin(me, other);
        stopFollowing(me, other, "unfollow", now);
        if (ties.remove(me, other, Kind.request)) {
            outbox.publish(new FollowRemoved(me, other, "unfollow", now));
        }
        return queries.between(me, other);
    }

    /** {@code requester} asked to follow {@code me}; 404 when they did not. */
    @Transactional
    public Relationship approve(UUID me, UUID requester) {
        Instant now = begin(me, requester);
        if (!ties.remove(requester, me, Kind.request)) {
            throw Refusals.notFound("There is no follow request from " + requester + ".");
        }
        startFollowing(requester, me, now);
        return queries.between(me, requester);
    }

    @Transactional
    public Relationship reject(UUID me, UUID requester) {
        Instant now = begin(me, requester);
        if (!ties.remove(requester, me, Kind.request)) {
            throw Refusals.notFound("There is no follow request from " + requester + ".");
        }
        outbox.publish(new FollowRemoved(requester, me, "rejected", now));
        return queries.between(me, requester);
    }

    /** Blocks {@code other}: follows and requests go both ways, and each leaves the other's feed. */
    @Transactional
    public Relationship block(UUID me, UUID other) {
        Instant now = begin(me, other);
        if (!ties.exists(me, other, Kind.block)) {
            members.find(other).orElseThrow(() -> unknown(other));
            stopFollowing(me, other, "block", now);
            stopFollowing(other, me, "block", now);
            if (ties.remove(me, other, Kind.request)) {
                outbox.publish(new FollowRemoved(me, other, "block", now));
            }
            if (ties.remove(other, me, Kind.request)) {
                outbox.publish(new FollowRemoved(other, me, "block", now));
            }
            feeds.removeFromFeedOf(me, other);
            feeds.removeFromFeedOf(other, me);
            ties.add(new Tie(me, other, Kind.block, now));
            outbox.publish(new BlockCreated(me, other, now));
        }
        return queries.between(me, other);
    }

    @Transactional
    public Relationship unblock(UUID me, UUID other) {
        Instant now = begin(me, other);
        if (ties.remove(me, other, Kind.block)) {
            outbox.publish(new BlockRemoved(me, other, now));
        }
        return queries.between(me, other);
    }

    /** Mutes {@code other}: their posts and shares leave the caller's feed and stay out of it. */
    @Transactional
    public Relationship mute(UUID me, UUID other) {
        Instant now = begin(me, other);
        if (!ties.exists(me, other, Kind.mute)) {
            members.find(other).orElseThrow(() -> unknown(other));
            ties.add(new Tie(me, other, Kind.mute, now));
            feeds.removeFromFeedOf(me, other);
            outbox.publish(new MuteCreated(me, other, now));
        }
        return queries.between(me, other);
    }

    /**
     * Unmutes {@code other}: what the mute took out of the caller's feed comes back (followed, their recent posts
     * and shares; in any case their posts that the caller's followings shared).
     */
    @Transactional
    public Relationship unmute(UUID me, UUID other) {
        Instant now = begin(me, other);
        if (ties.remove(me, other, Kind.mute)) {
            feeds.unmuted(me, other, ties.exists(me, other, Kind.follow));
            outbox.publish(new MuteRemoved(me, other, now));
        }
        return queries.between(me, other);
    }

    /**
     * Before {@code me}'s account row is locked for a change of settings: locks it together with the rows of
     * whoever asked to follow {@code me}, in id order ({@link Ties#lockAccounts}), so that approving them all
     * ({@link #approveAll}) cannot deadlock with one of them following or blocking at the same time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockWithRequesters(UUID me) {
        ties.lockAccounts(me, Kind.request, false);
    }

    /**
     * {@code me} unlocked their account ({@code user.settings.updated}, in the inbox's transaction, their row and
     * the requesters' locked by {@link #lockWithRequesters}): every pending request is approved, as if one by one. How many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int approveAll(UUID me, Instant now) {
        List<Tie> pending = ties.requestsTo(me);
        for (Tie request : pending) {
            ties.remove(request.sourceId(), me, Kind.request);
            startFollowing(request.sourceId(), me, now);
        }
        return pending.size();
    }

    /**
     * Everything of a deleted member goes: every tie either way (each follow as {@code social.follow.removed}, cause
     * {@code deleted}, so the other side's counts and content's followers projection follow), and their account is
     * marked gone. In the inbox's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID userId, Instant now) {
        members.ensure(userId, now);
        ties.lockAccounts(userId, Kind.follow, true); // every row this changes, in id order, before changing any
        members.lock(userId).ifPresent(Member::leave);
        for (Tie tie : ties.allOf(userId)) {
            ties.remove(tie.sourceId(), tie.targetId(), tie.kind());
            if (tie.kind() == Kind.follow) {
                UUID other = tie.sourceId().equals(userId) ? tie.targetId() : tie.sourceId();
                members.lock(other).ifPresent(m -> {
                    if (tie.sourceId().equals(userId)) {
                        m.followed(-1);
                    } else {
                        m.follows(-1);
                    }
                });
                outbox.publish(new FollowRemoved(tie.sourceId(), tie.targetId(), "deleted", now));
            }
        }
        feeds.removeMember(userId);
    }

    private void startFollowing(UUID follower, UUID followee, Instant now) {
        ties.add(new Tie(follower, followee, Kind.follow, now));
        members.find(follower).ifPresent(m -> m.follows(1));
        members.find(followee).ifPresent(m -> m.followed(1));
        if (!ties.exists(follower, followee, Kind.mute)) {
            feeds.backfill(follower, followee); // what the followee posted before comes into the new follower's feed
        }
        outbox.publish(new FollowCreated(follower, followee, now));
    }

    private void stopFollowing(UUID follower, UUID followee, String cause, Instant now) {
        if (ties.remove(follower, followee, Kind.follow)) {
            members.find(follower).ifPresent(m -> m.follows(-1));
            members.find(followee).ifPresent(m -> m.followed(-1));
            feeds.removeFromFeedOf(follower, followee);
            outbox.publish(new FollowRemoved(follower, followee, cause, now));
        }
    }

    /** Refuses oneself, makes sure the caller is known, locks both rows; the instant of the change. */
    private Instant begin(UUID me, UUID other) {
        if (me.equals(other)) {
            throw Rejection.invalidInput("userId", "is yourself: nobody follows, blocks or mutes themselves");
        }
        Instant now = DatabaseTime.now();
        members.ensure(me, now);
        List<Member> locked = members.lockPair(me, other);
        if (locked.isEmpty()) {
            throw new IllegalStateException("the caller's account row is missing");
        }
        return now;
    }

    private static Rejection unknown(UUID userId) {
        return Refusals.notFound("There is no user " + userId + ".");
    }
}
