package nova.gateway.content;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nova.gateway.infra.Requester;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A post as the content context answered it. Fields that need another context ({@code author}, {@code media})
 * or another post ({@code replyTo}, {@code quoteOf}) are one-post {@code @Source} resolvers in {@link PostFields},
 * batched per request by {@link ContentLinks} (not {@code @Source List<Post>}: see {@link nova.gateway.infra.Batched});
 * other contexts' slices add theirs the same way, reading {@link #postId()} and {@link #authorId()}.
 */
@Description("A short post: text with mentions and hashtags, up to 4 media attachments, maybe a reply or a quote. "
        + "A tombstone (state not VISIBLE) keeps id, authorId, replyToId and createdAt; its text and media are empty")
public class Post {

    private final nova.contracts.content.Post post;
    private final Requester requester;

    /**
     * @param requester who asked, from {@code Requesters.current()} in the resolver that answers the post: the
     *                  batched fields read the token from it (see {@link Requester} for why not from {@code Caller})
     */
    public Post(nova.contracts.content.Post post, Requester requester) {
        this.post = post;
        this.requester = requester;
        ContentLinks.of(requester).add(this);
    }

    /**
     * The ids of every post the request of this one has answered so far (a feed page, a thread, linked posts): what
     * a field of one of them fetches for all of them at once ({@link nova.gateway.infra.Batched}).
     */
    @Ignore
    public java.util.List<java.util.UUID> answeredWithIt() {
        return ContentLinks.of(requester).postIds();
    }

    /**
     * The authors of every post, article and comment {@code requester}'s request has answered so far: the profiles a
     * field of one author's profile fetches for all of them at once.
     */
    public static java.util.List<java.util.UUID> authorsAnswered(Requester requester) {
        return ContentLinks.of(requester).authorIds();
    }

    /** Who asked for this post, for batched fields. */
    @Ignore
    public Requester requester() {
        return requester;
    }

    /** The content context's record, for other slices' batch resolvers. */
    @Ignore
    public nova.contracts.content.Post contract() {
        return post;
    }

    @Ignore
    public UUID postId() {
        return post.id();
    }

    @Ignore
    public UUID authorId() {
        return post.authorId();
    }

    @Id
    @NonNull
    public String getId() {
        return post.id().toString();
    }

    @Id
    @NonNull
    @Description("The author's user id (their profile is 'author')")
    public String getAuthorId() {
        return post.authorId().toString();
    }

    @Description("The text as written; empty on a tombstone")
    public String getText() {
        return post.text();
    }

    @NonNull
    public PostVisibility getVisibility() {
        return PostVisibility.of(post.visibility());
    }

    @Description("Shown instead of the text until the reader chooses to see it")
    public String getContentWarning() {
        return post.contentWarning();
    }

    @NonNull
    @Description("Whether the media should be blurred until the reader chooses to see them")
    public boolean isSensitive() {
        return post.sensitive();
    }

    @Description("BCP 47 language tag, if the author said")
    public String getLanguage() {
        return post.language();
    }

    @NonNull
    @Description("The attached media's ids in the author's order (the files themselves are 'media')")
    public List<@NonNull String> getMediaIds() {
        return Times.ids(post.mediaIds());
    }

    @NonNull
    @Description("The users the text mentions with @username, as resolved when it was written")
    public List<@NonNull String> getMentionIds() {
        return Times.ids(post.mentionIds());
    }

    @NonNull
    @Description("The #hashtags of the text, normalised (NFKC, lower case), each once")
    public List<@NonNull String> getHashtags() {
        return post.hashtags() == null ? List.of() : post.hashtags();
    }

    @Id
    @Description("The post this one answers (the post itself is 'replyTo')")
    public String getReplyToId() {
        return Times.id(post.replyToId());
    }

    @Id
    @Description("The post this one quotes (the post itself is 'quoteOf')")
    public String getQuoteOfId() {
        return Times.id(post.quoteOfId());
    }

    @Id
    @Description("The first post of the conversation this one is part of (itself when it answers nothing)")
    public String getConversationRootId() {
        return Times.id(post.conversationRootId());
    }

    @NonNull
    @Description("How many direct replies it has")
    public int getReplyCount() {
        return post.replyCount();
    }

    @NonNull
    public ContentState getState() {
        return ContentState.of(post.state());
    }

    @NonNull
    public OffsetDateTime getCreatedAt() {
        return Times.utc(post.createdAt());
    }

    @Description("When last edited; null until then (the versions are 'editHistory(kind: POST, id)')")
    public OffsetDateTime getEditedAt() {
        return Times.utc(post.editedAt());
    }
}
