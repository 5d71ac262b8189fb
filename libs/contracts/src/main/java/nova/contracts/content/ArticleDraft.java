package nova.contracts.content;

import java.util.UUID;

/**
 * A new article, created as a draft: {@code title} 1–200 characters, {@code body} Markdown of at most 100,000
 * characters, {@code coverMediaId} the author's own processed image or null, {@code language} BCP-47 or null.
 */
public record ArticleDraft(String title, String body, UUID coverMediaId, String language) {
}
