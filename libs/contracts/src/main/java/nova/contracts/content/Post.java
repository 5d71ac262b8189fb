package nova.contracts.content;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A post as a reader may see it. {@code visibility} is {@code public}, {@code unlisted}, {@code followers} or
 * {@code direct}; {@code state} {@link #VISIBLE}, {@link #DELETED}, {@link #HIDDEN} or {@link #REMOVED}. A tombstone
 * (any state but visible, only ever shown inside a {@link Thread}) keeps {@code id}, {@code authorId},
 * {@code replyToId}, {@code createdAt} and {@code state}; its text is empty and its lists are empty.
 * {@code conversationRootId} is the first post of the reply chain (the post itself when it replies to nothing);
 * {@code editedAt} is null until the post is edited.
 */
public record Post(UUID id, UUID authorId, String text, String visibility, String contentWarning, boolean sensitive,
                   String language, List<UUID> mediaIds, List<UUID> mentionIds, List<String> hashtags, UUID replyToId,
                   UUID quoteOfId, UUID conversationRootId, int replyCount, String state, Instant createdAt,
                   Instant editedAt) {

    public static final String VISIBLE = "visible";
    public static final String DELETED = "deleted";
    public static final String HIDDEN = "hidden";
    public static final String REMOVED = "removed";

    public Post {
        mediaIds = mediaIds == null ? List.of() : List.copyOf(mediaIds);
        mentionIds = mentionIds == null ? List.of() : List.copyOf(mentionIds);
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
    }
}
