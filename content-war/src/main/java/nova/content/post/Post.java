package nova.content.post;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.content.item.ContentItem;
import nova.content.version.StoredVersion;
import nova.contracts.content.PostCreated;
import nova.contracts.content.PostDeleted;
import nova.contracts.content.PostUpdated;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A post: what its author wrote, to whom ({@code visibility}), in reply to or quoting what. Its business methods
 * return the event each change caused; the service publishes it. What posts, articles and comments share (author,
 * tombstone, version, the moderation columns and their rules) is {@link ContentItem}'s (only changed columns are
 * written, so an edit never undoes a hide).
 */
@Entity
@Table(name = "posts")
@DynamicUpdate
public class Post extends ContentItem {

    public static final String ITEM_TYPE = "post";
    public static final String PUBLIC = "public";
    public static final String UNLISTED = "unlisted";
    public static final String FOLLOWERS = "followers";
    public static final String DIRECT = "direct";
    static final List<String> VISIBILITIES = List.of(PUBLIC, UNLISTED, FOLLOWERS, DIRECT);

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "visibility", nullable = false, updatable = false)
    private String visibility;

    @Column(name = "content_warning")
    private String contentWarning;

    @Column(name = "sensitive", nullable = false)
    private boolean sensitive;

    @Column(name = "language")
    private String language;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "media_ids", nullable = false, columnDefinition = "uuid[]")
    private UUID[] mediaIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "mention_ids", nullable = false, columnDefinition = "uuid[]")
    private UUID[] mentionIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "hashtags", nullable = false, columnDefinition = "text[]")
    private String[] hashtags;

    @Column(name = "reply_to_id", updatable = false)
    private UUID replyToId;

    @Column(name = "reply_to_author_id", updatable = false)
    private UUID replyToAuthorId;

    @Column(name = "quote_of_id", updatable = false)
    private UUID quoteOfId;

    @Column(name = "quote_of_author_id", updatable = false)
    private UUID quoteOfAuthorId;

    @Column(name = "conversation_root_id", nullable = false, updatable = false)
    private UUID conversationRootId;

    @Column(name = "reply_count", nullable = false)
    private int replyCount;

    protected Post() {
    }

    /**
     * A new post by {@code authorId}. {@code replyTo} and {@code quoteOf} (or null) are posts the author may see;
     * {@code mentionIds} the resolved mentions of {@code content}.
     */
    static Post write(UUID id, UUID authorId, String visibility, PostContent content, List<UUID> mentionIds,
                      Post replyTo, Post quoteOf, Instant now) {
        Post post = new Post();
        post.begin(id, authorId, now);
        post.visibility = visibility == null ? PUBLIC : visibility;
        post.apply(content, mentionIds);
        if (replyTo != null) {
            post.replyToId = replyTo.id();
            post.replyToAuthorId = replyTo.authorId();
            post.conversationRootId = replyTo.conversationRootId;
            replyTo.replyCount++;
        } else {
            post.conversationRootId = id;
        }
        if (quoteOf != null) {
            post.quoteOfId = quoteOf.id();
            post.quoteOfAuthorId = quoteOf.authorId();
        }
        return post;
    }

    /** What its creation tells the other contexts. */
    PostCreated created() {
        return new PostCreated(id(), authorId(), visibility, text, contentWarning, sensitive, language, mediaIds(),
                mentionIds(), hashtags(), replyToId, replyToAuthorId, quoteOfId, quoteOfAuthorId, createdAt());
    }

    /** Changes what the post says; empty when nothing changed (then no version and no event). */
    Optional<PostUpdated> edit(PostContent content, List<UUID> resolvedMentions, Instant now) {
        if (content.equals(content()) && resolvedMentions.equals(mentionIds())) {
            return Optional.empty();
        }
        apply(content, resolvedMentions);
        edited(now);
        return Optional.of(new PostUpdated(id(), authorId(), visibility, text, contentWarning, sensitive, language,
                mediaIds(), mentionIds(), hashtags(), replyToId, replyToAuthorId, quoteOfId, quoteOfAuthorId, editedAt(),
                version()));
    }

    /** Tombstones the post: nothing it said is kept; its place in a thread stays. */
    PostDeleted delete(Instant now) {
        markDeleted(now);
        text = "";
        contentWarning = null;
        mediaIds = new UUID[0];
        hashtags = new String[0];
        // mentions stay: a direct post's tombstone stays shown to exactly those who saw the post
        return new PostDeleted(id(), authorId(), now);
    }

    @Override
    public String itemType() {
        return ITEM_TYPE;
    }

    @Override
    public String moderatedText() {
        return text;
    }

    /** One reply fewer (a reply was deleted). */
    void replyRemoved() {
        replyCount = Math.max(0, replyCount - 1);
    }

    private void apply(PostContent content, List<UUID> resolvedMentions) {
        text = content.text();
        contentWarning = content.contentWarning();
        sensitive = content.sensitive();
        language = content.language();
        mediaIds = content.mediaIds().toArray(UUID[]::new);
        mentionIds = resolvedMentions.toArray(UUID[]::new);
        hashtags = content.hashtags().toArray(String[]::new);
    }

    // --- who may see it -----------------------------------------------------------------------

    /** Whether the post's audience includes {@code reader} (its state aside): who may see it, or its tombstone. */
    boolean audienceIncludes(UUID reader, boolean readerFollowsAuthor) {
        return switch (visibility) {
            case PUBLIC, UNLISTED -> true;
            case FOLLOWERS -> authorId().equals(reader) || readerFollowsAuthor;
            default -> authorId().equals(reader) || Arrays.asList(mentionIds).contains(reader);
        };
    }

    /** Whether {@code reader} may read the post itself: in its audience, and neither deleted nor moderated. */
    boolean readableBy(UUID reader, boolean readerFollowsAuthor) {
        return VISIBLE.equals(state()) && audienceIncludes(reader, readerFollowsAuthor);
    }

    /** Whether others may quote it: only what everyone signed in may see is quoted. */
    boolean quotable() {
        return PUBLIC.equals(visibility) || UNLISTED.equals(visibility);
    }

    // --- what it shows -----------------------------------------------------------------------

    /** The post as a reader sees it: whole while visible, else a tombstone (id, author, reply target, time, state). */
    nova.contracts.content.Post view() {
        String shown = state();
        if (!VISIBLE.equals(shown)) {
            return new nova.contracts.content.Post(id(), authorId(), "", visibility, null, false, null, List.of(), List.of(),
                    List.of(), replyToId, null, conversationRootId, replyCount, shown, createdAt(), null);
        }
        return new nova.contracts.content.Post(id(), authorId(), text, visibility, contentWarning, sensitive, language,
                mediaIds(), mentionIds(), hashtags(), replyToId, quoteOfId, conversationRootId, replyCount, VISIBLE,
                createdAt(), editedAt());
    }

    /** This version, for the edit history. */
    StoredVersion currentVersion() {
        return new StoredVersion(ITEM_TYPE, id(), version(), null, text, contentWarning, sensitive, mediaIds(),
                editedAt() != null ? editedAt() : createdAt());
    }

    PostContent content() {
        return new PostContent(text, contentWarning, sensitive, language, mediaIds(), PostText.mentions(text), hashtags());
    }

    UUID replyToId() {
        return replyToId;
    }

    UUID conversationRootId() {
        return conversationRootId;
    }

    String visibility() {
        return visibility;
    }

    List<UUID> mediaIds() {
        return Arrays.asList(mediaIds.clone());
    }

    List<UUID> mentionIds() {
        return Arrays.asList(mentionIds.clone());
    }

    List<String> hashtags() {
        return Arrays.asList(hashtags.clone());
    }
}
