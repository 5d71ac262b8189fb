package nova.search.index;

import java.time.Instant;
import java.util.UUID;

/**
 * One validated search: the words, which kind ({@code post}, {@code article}, {@code user}, {@code hashtag}, or null
 * for posts and articles), the filters (each null when not asked for), where the previous page ended and how
 * many hits to answer.
 */
public record SearchQuery(String text, String kind, UUID author, Instant from, Instant to, Boolean hasMedia,
                          String language, SearchCursor after, int limit) {
}
