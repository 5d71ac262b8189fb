package nova.contracts.search;

/**
 * One match. {@code kind} is {@code post}, {@code article}, {@code user} or {@code hashtag}; {@code id} is the
 * item's UUID, or the tag itself for a hashtag. {@code highlight} is a short fragment of the matched text with the
 * matched words between {@code <b>} and {@code </b>} (null for users and hashtags). The gateway hydrates posts and
 * users from their owners, so what it shows is checked there.
 */
public record SearchHit(String kind, String id, double score, String highlight) {
}
