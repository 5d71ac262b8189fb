package nova.contracts.content;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One version of a post, article or comment, numbered from 1 (as created). {@code text} is a post's or
 * comment's text or an article's Markdown body; {@code title} is an article's (null otherwise);
 * {@code contentWarning}, {@code sensitive} and {@code mediaIds} a post's (null and empty otherwise; an article's
 * cover is its only media id). {@code at} is when the version was written.
 */
public record ContentVersion(int version, String title, String text, String contentWarning, Boolean sensitive,
                             List<UUID> mediaIds, Instant at) {

    public ContentVersion {
        mediaIds = mediaIds == null ? List.of() : List.copyOf(mediaIds);
    }
}
