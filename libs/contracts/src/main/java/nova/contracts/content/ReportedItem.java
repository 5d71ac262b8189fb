package nova.contracts.content;

import java.util.UUID;

/**
 * One reported item. In a {@link ReportDraft} only {@code type} ({@code post | article | comment}) and {@code id}
 * count. In the moderators' queue the item also carries its author, its current text (a post's or comment's text,
 * an article's title and Markdown body) and its current {@code state} ({@code visible | deleted | hidden | removed},
 * {@code suspended} while its author is banned or gone); {@code text} is null once the author deleted it, and
 * {@code state} is {@code missing} for an item that no longer exists.
 */
public record ReportedItem(String type, UUID id, UUID authorId, String text, String state) {

    /**
     * An item as a reporter names it. (A factory, not a second constructor: JSON-B reads a record through its one
     * constructor, and Yasson finds none when there are two.)
     */
    public static ReportedItem named(String type, UUID id) {
        return new ReportedItem(type, id, null, null, null);
    }
}
