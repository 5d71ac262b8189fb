package nova.contracts.content;

import java.util.List;
import java.util.UUID;

/**
 * A new post. {@code text} 1–{@code nova.content.post.max-chars} (default 500) code points, may be empty when
 * media are attached; {@code visibility} {@code public} (default when null), {@code unlisted}, {@code followers}
 * or {@code direct}; {@code language} a BCP-47 tag or null; {@code mediaIds} at most 4, each the author's own and
 * processed ({@code complete}); {@code replyToId} and {@code quoteOfId} posts the author may see, or null.
 * {@code @username} mentions and {@code #hashtags} are found in the text by content.
 */
public record PostDraft(String text, String visibility, String contentWarning, Boolean sensitive, String language,
                        List<UUID> mediaIds, UUID replyToId, UUID quoteOfId) {
}
