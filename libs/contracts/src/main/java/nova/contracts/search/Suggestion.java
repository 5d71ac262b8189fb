package nova.contracts.search;

/** A type-ahead suggestion: {@code kind} {@code user} (id the user's UUID, text the username) or {@code hashtag} (id and text the tag). */
public record Suggestion(String kind, String id, String text) {
}
