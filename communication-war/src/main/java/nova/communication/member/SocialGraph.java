package nova.communication.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Follows, blocks and mutes as social publishes them, and the questions messaging and notifications ask of them.
 * Each pair's events come in order (social keys them by the acting member), so applying one is find-then-change.
 */
@ApplicationScoped
public class SocialGraph {

    @PersistenceContext(unitName = "communication")
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void followed(UUID follower, UUID followee) {
        if (entityManager.find(Follow.class, new Edge(follower, followee)) == null) {
            entityManager.persist(new Follow(follower, followee));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void unfollowed(UUID follower, UUID followee) {
        Follow follow = entityManager.find(Follow.class, new Edge(follower, followee));
        if (follow != null) {
            entityManager.remove(follow);
        }
    }

    /** A block ends the follows both ways, as social's does (its follow.removed events may come later or not at all). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void blocked(UUID blocker, UUID blocked) {
        if (entityManager.find(Block.class, new Edge(blocker, blocked)) == null) {
            entityManager.persist(new Block(blocker, blocked));
        }
        unfollowed(blocker, blocked);
        unfollowed(blocked, blocker);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void unblocked(UUID blocker, UUID blocked) {
        Block block = entityManager.find(Block.class, new Edge(blocker, blocked));
        if (block != null) {
            entityManager.remove(block);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void muted(UUID muter, UUID muted) {
        if (entityManager.find(Mute.class, new Edge(muter, muted)) == null) {
            entityManager.persist(new Mute(muter, muted));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void unmuted(UUID muter, UUID muted) {
        Mute mute = entityManager.find(Mute.class, new Edge(muter, muted));
        if (mute != null) {
            entityManager.remove(mute);
        }
    }

    public boolean follows(UUID follower, UUID followee) {
        return entityManager.find(Follow.class, new Edge(follower, followee)) != null;
    }

    /** Whether either of the two blocks the other. */
    public boolean blockedEitherWay(UUID a, UUID b) {
        return entityManager.find(Block.class, new Edge(a, b)) != null
                || entityManager.find(Block.class, new Edge(b, a)) != null;
    }

    /** Whether {@code recipient} wants nothing from {@code actor}: a block either way, or a mute. */
    public boolean silenced(UUID recipient, UUID actor) {
        return blockedEitherWay(recipient, actor) || entityManager.find(Mute.class, new Edge(recipient, actor)) != null;
    }

    /**
     * Whether {@code recipient}'s message policy lets {@code sender} write to them: {@code everyone}, {@code followers}
     * (the sender follows the recipient), {@code following} (the recipient follows the sender), {@code mutuals} (both)
     * or {@code nobody}. Blocks are asked separately ({@link #blockedEitherWay}).
     */
    public boolean policyAllows(String policy, UUID sender, UUID recipient) {
        return switch (policy == null ? "everyone" : policy) {
            case "everyone" -> true;
            case "followers" -> follows(sender, recipient);
            case "following" -> follows(recipient, sender);
            case "mutuals" -> follows(sender, recipient) && follows(recipient, sender);
            default -> false;
        };
    }
}
