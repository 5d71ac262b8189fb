package nova.communication.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import nova.communication.member.SocialGraph;
import nova.contracts.social.BlockCreated;
import nova.contracts.social.BlockRemoved;
import nova.contracts.social.FollowCreated;
import nova.contracts.social.FollowRemoved;
import nova.contracts.social.FollowRequested;
import nova.contracts.social.LikeCreated;
import nova.contracts.social.MuteCreated;
import nova.contracts.social.MuteRemoved;
import nova.contracts.social.ShareCreated;
import nova.platform.events.ReceivedEvent;
import nova.platform.events.Subscriber;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Social's events (consumer group {@code nova.communication.social} on {@code nova.social}): follows, blocks and
 * mutes kept for messaging and notifications ({@link SocialGraph}); follows, follow requests, likes and shares
 * notified. One consumer for both, so a block is applied before a later event of the pair is notified.
 */
@ApplicationScoped
public class SocialIntake extends Subscriber {

    static final Set<String> TYPES = Set.of(FollowCreated.TYPE, FollowRequested.TYPE, FollowRemoved.TYPE,
            BlockCreated.TYPE, BlockRemoved.TYPE, MuteCreated.TYPE, MuteRemoved.TYPE, LikeCreated.TYPE,
            ShareCreated.TYPE);

    @Inject
    SocialGraph graph;

    @Inject
    Notifier notifier;

    public SocialIntake() {
        super("social", "nova.social", TYPES);
    }

    @Incoming("social")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    @Override
    public void handle(ReceivedEvent received, Connection transaction) {
        switch (received.type()) {
            case FollowCreated.TYPE -> {
                FollowCreated follow = received.data(FollowCreated.class);
                graph.followed(follow.followerId(), follow.followeeId());
                notifier.notify(new Notifier.Happening(follow.followeeId(), "follow", "follow", "user",
                        follow.followeeId(), follow.followerId(), null));
            }
            case FollowRequested.TYPE -> {
                FollowRequested request = received.data(FollowRequested.class);
                notifier.notify(new Notifier.Happening(request.followeeId(), "follow_request", "follow_request", "user",
                        request.followeeId(), request.followerId(), null));
            }
            case FollowRemoved.TYPE -> {
                FollowRemoved removed = received.data(FollowRemoved.class);
                graph.unfollowed(removed.followerId(), removed.followeeId());
            }
            case BlockCreated.TYPE -> {
                BlockCreated block = received.data(BlockCreated.class);
                graph.blocked(block.blockerId(), block.blockedId());
            }
            case BlockRemoved.TYPE -> {
                BlockRemoved block = received.data(BlockRemoved.class);
                graph.unblocked(block.blockerId(), block.blockedId());
            }
            case MuteCreated.TYPE -> {
                MuteCreated mute = received.data(MuteCreated.class);
                graph.muted(mute.muterId(), mute.mutedId());
            }
            case MuteRemoved.TYPE -> {
                MuteRemoved mute = received.data(MuteRemoved.class);
                graph.unmuted(mute.muterId(), mute.mutedId());
            }
            case LikeCreated.TYPE -> {
                LikeCreated like = received.data(LikeCreated.class);
                notifier.notify(new Notifier.Happening(like.postAuthorId(), "like", "like", "post", like.postId(),
                        like.userId(), null));
            }
            case ShareCreated.TYPE -> {
                ShareCreated share = received.data(ShareCreated.class);
                notifier.notify(new Notifier.Happening(share.postAuthorId(), "share", "share", "post", share.postId(),
                        share.userId(), null));
            }
            default -> {
            }
        }
    }
}
