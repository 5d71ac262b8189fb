package nova.social.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A member as social knows them, from the user context's events: whether their account is locked, their follower
 * and following counts (changed with each follow, in its transaction), when they last read their feed (fan-out
 * skips who has been away longer than {@code nova.social.fanout.inactive-after}) and a deleted account's mark.
 */
@Entity(name = "MemberAccount")
@Table(name = "accounts")
// only the changed columns: fan-out and rebuilds change feed_size with SQL in the same transaction
@DynamicUpdate
public class Member {

    @Id
    @Column(name = "user_id")
    private UUID userId;

    private boolean locked;

    private long followers;

    private long following;

    @Column(name = "active_at")
    private Instant activeAt;

    @Column(name = "feed_size")
    private int feedSize;

    private boolean deleted;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Member() {
    }

    public UUID userId() {
        return userId;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public long followers() {
        return followers;
    }

    public long following() {
        return following;
    }

    public Instant activeAt() {
        return activeAt;
    }

    /** The user context says whether follows need approval (user.settings.updated). */
    public void lock(boolean locked) {
        this.locked = locked;
    }

    public void followed(int change) {
        followers = Math.max(0, followers + change);
    }

    public void follows(int change) {
        following = Math.max(0, following + change);
    }

    public void leave() {
        deleted = true;
        followers = 0;
        following = 0;
        feedSize = 0;
    }

    /** Away longer than {@code inactiveAfter}: their feed was not kept up and is rebuilt when they come back. */
    public boolean wasAway(Instant now, Duration inactiveAfter) {
        return activeAt.isBefore(now.minus(inactiveAfter));
    }

    /** Seen within the hour: {@link #seen} would write nothing. */
    public boolean seenRecently(Instant now) {
        return activeAt.isAfter(now.minus(Duration.ofHours(1)));
    }

    /** Seen now; written at most once an hour, so reading the feed is not a write each time. */
    public boolean seen(Instant now) {
        if (seenRecently(now)) {
            return false;
        }
        activeAt = now;
        return true;
    }
}
