package nova.search.index;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What is searchable of one public post or published article. {@code title} is null for a post; {@code language}
 * a BCP-47 tag or null (then no stemming).
 */
public record Document(String kind, UUID id, UUID authorId, String title, String body, String language,
                       boolean hasMedia, List<String> hashtags, Instant createdAt) {

    public static final String POST = "post";
    public static final String ARTICLE = "article";

    public Document {
        body = body == null ? "" : body;
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
    }
}
