package nova.contracts.content;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code content.post.created}: everything a feed, a notification or a search index needs. {@code visibility} as
 * {@link Post#visibility()}; {@code mentionIds} the resolved mentions (a direct post's audience);
 * {@code hashtags} normalised (NFKC, lower case, no {@code #}); {@code replyToAuthorId} and
 * {@code quoteOfAuthorId} are the authors of the posts replied to and quoted (null with no such post).
 */
public record PostCreated(UUID postId, UUID authorId, String visibility, String text, String contentWarning,
                          boolean sensitive, String language, List<UUID> mediaIds, List<UUID> mentionIds,
                          List<String> hashtags, UUID replyToId, UUID replyToAuthorId, UUID quoteOfId,
                          UUID quoteOfAuthorId, Instant createdAt) implements PostEvent {

    public static final String TYPE = "content.post.created";

    /** Refuses a payload without what every consumer relies on. */
    public PostCreated {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(createdAt, "createdAt");
        mediaIds = mediaIds == null ? List.of() : List.copyOf(mediaIds);
        mentionIds = mentionIds == null ? List.of() : List.copyOf(mentionIds);
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
