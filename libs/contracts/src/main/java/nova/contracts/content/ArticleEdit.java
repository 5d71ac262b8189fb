package nova.contracts.content;

import java.util.UUID;

/** A change to one's own article: every null field stays as it is. The previous version is kept. */
public record ArticleEdit(String title, String body, UUID coverMediaId, String language) {
}
