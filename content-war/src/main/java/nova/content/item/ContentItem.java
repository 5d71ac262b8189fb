package nova.content.item;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/**
 * A post, an article or a comment as far as they are alike: who wrote it, its tombstone (an author's deletion:
 * {@code state}, {@code deleted_at}), its version count, and the moderation columns — a moderator's decision
 * ({@code moderation}, {@code moderation_reason}) and whether its author is suspended (banned or deleted).
 * <p>
 * {@link #moderate} is the one domain method moderation calls on an item; the author's suspension is set for all of
 * an author's items at once by moderation's bulk update (see {@code nova.content.moderation.ModeratedItems}) and
 * honoured here by {@link #state()}. The entities are {@code @DynamicUpdate}: an edit writes only the columns it
 * changed, so it never undoes a moderator's decision taken meanwhile, nor the other way round.
 * <p>
 * Its fields are private and changed only by its own methods: Hibernate 6 enhances the entities through the
 * container's class transformer, with dirty tracking where the declaring class writes a field — a subclass's direct
 * write of an inherited field went unnoticed and was never stored (a deleted post stayed visible in-container).
 */
@MappedSuperclass
public abstract class ContentItem {

    /** Shown to readers. Also the {@code state} of an item its author has not deleted. */
    public static final String VISIBLE = nova.contracts.content.Post.VISIBLE;
    /** Deleted by its author: a tombstone. */
    public static final String DELETED = nova.contracts.content.Post.DELETED;
    /** Hidden by a moderator (may be restored), or shown as hidden while its author is suspended. */
    public static final String HIDDEN = nova.contracts.content.Post.HIDDEN;
    /** Removed by a moderator, for good. */
    public static final String REMOVED = nova.contracts.content.Post.REMOVED;

    public static final String HIDE = "hide";
    public static final String REMOVE = "remove";
    public static final String RESTORE = "restore";
    public static final Set<String> ACTIONS = Set.of(HIDE, REMOVE, RESTORE);

    @Id
    private UUID id;

    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;

    @Column(name = "state", nullable = false)
    private String state;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "moderation", nullable = false)
    private String moderation;

    @Column(name = "moderation_reason")
    private String moderationReason;

    @Column(name = "author_suspended", nullable = false)
    private boolean authorSuspended;

    protected ContentItem() {
    }

    /** A new item's shared part: version 1, neither deleted nor moderated. */
    protected void begin(UUID itemId, UUID author, Instant now) {
        this.id = itemId;
        this.authorId = author;
        this.state = VISIBLE;
        this.version = 1;
        this.createdAt = now;
        this.moderation = VISIBLE;
    }

    /** A new version of what it says, edited at {@code now}. */
    protected void edited(Instant now) {
        version++;
        editedAt = now;
    }

    /** Tombstones it: deleted by its author at {@code now} (what it said is for the subclass to drop). */
    protected void markDeleted(Instant now) {
        state = DELETED;
        deletedAt = now;
    }

    /** {@code post}, {@code article} or {@code comment}. */
    public abstract String itemType();

    /** What a moderator reads of it (an article's title and body); empty once its author deleted it. */
    public abstract String moderatedText();

    /**
     * A moderator's {@code action} ({@code hide}, {@code remove}, {@code restore}) with its reason: {@code hide} and
     * {@code remove} tombstone a shown item ({@code remove} is for good, and also takes a hidden one further),
     * {@code restore} undoes a hide. The reason is kept while the item is moderated.
     *
     * @return the moderation state after it
     * @throws Rejection 409 {@code conflict} when the action does not apply to the item's moderation state
     */
    public String moderate(String action, String reason) {
        moderation = moderationAfter(moderation, action);
        moderationReason = VISIBLE.equals(moderation) ? null : reason;
        return moderation;
    }

    /**
     * The moderation state after {@code action} on an item now in {@code current}.
     *
     * @throws Rejection 409 {@code conflict} when the action does not apply to that state
     */
    public static String moderationAfter(String current, String action) {
        return switch (action) {
            case HIDE -> {
                if (!VISIBLE.equals(current)) {
                    throw conflict("The item is already " + current + ".");
                }
                yield HIDDEN;
            }
            case REMOVE -> {
                if (REMOVED.equals(current)) {
                    throw conflict("The item is already removed.");
                }
                yield REMOVED;
            }
            case RESTORE -> {
                if (REMOVED.equals(current)) {
                    throw conflict("A removed item stays removed: only a hidden one can be restored.");
                }
                if (!HIDDEN.equals(current)) {
                    throw conflict("The item is not hidden: there is nothing to restore.");
                }
                yield VISIBLE;
            }
            default -> throw new IllegalArgumentException("no such action: " + action);
        };
    }

    private static Rejection conflict(String detail) {
        return new Rejection(Problem.of(409, "conflict", "Conflict", detail));
    }

    /** {@code visible}, {@code deleted}, {@code hidden} (moderated, or its author suspended) or {@code removed}. */
    public String state() {
        if (DELETED.equals(state)) {
            return DELETED;
        }
        if (REMOVED.equals(moderation)) {
            return REMOVED;
        }
        if (!VISIBLE.equals(moderation) || authorSuspended) {
            return HIDDEN;
        }
        return VISIBLE;
    }

    /** Deleted by its author. */
    public boolean deleted() {
        return DELETED.equals(state);
    }

    /** A moderator's decision alone: {@code visible}, {@code hidden} or {@code removed}. */
    public String moderation() {
        return moderation;
    }

    /** Whether its author is banned or deleted. */
    public boolean authorSuspended() {
        return authorSuspended;
    }

    public boolean writtenBy(UUID memberId) {
        return authorId.equals(memberId);
    }

    public UUID id() {
        return id;
    }

    public UUID authorId() {
        return authorId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When it was last edited, or null. */
    public Instant editedAt() {
        return editedAt;
    }

    /** Its version count: 1 as written, one more per edit. */
    public int version() {
        return version;
    }
}
