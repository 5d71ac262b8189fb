package nova.contracts.content;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code content.post.updated}: the author edited the post; the payload is the whole post as it now is (as
 * {@link PostCreated}), {@code editedAt} when, {@code version} the new version's number (2 after the first edit).
 */
public record PostUpdated(UUID postId, UUID authorId, String visibility, String text, String contentWarning,
                          boolean sensitive, String language, List<UUID> mediaIds, List<UUID> mentionIds,
                          List<String> hashtags, UUID replyToId, UUID replyToAuthorId, UUID quoteOfId,
                          UUID quoteOfAuthorId, Instant editedAt, int version) implements PostEvent {

    public static final String TYPE = "content.post.updated";

    /** Refuses a payload without what every consumer relies on. */
    public PostUpdated {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(editedAt, "editedAt");
        mediaIds = mediaIds == null ? List.of() : List.copyOf(mediaIds);
        mentionIds = mentionIds == null ? List.of() : List.copyOf(mentionIds);
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
