package nova.search.index;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.contracts.search.SearchPage;
import nova.contracts.search.Suggestion;

/**
 * The search engine, as small as the projection needs it: every write and read names the projection generation
 * it works on (the serving one, or the one a rebuild fills). Writes run in the caller's transaction.
 * <p>
 * What is found: documents not hidden, whose author is discoverable, not banned and not deleted; members who are
 * discoverable and in good standing; hashtags used in an indexed post.
 */
public interface SearchEngine {

    /** Adds or replaces a document (a hidden one stays hidden). Not for a deleted author's: they are refused. */
    void index(long generation, Document document);

    /** Takes a document out for good. */
    void remove(long generation, String kind, UUID id);

    /** Hides a document (kept, so that a moderator's restore brings it back) or shows it again. */
    void hide(long generation, String kind, UUID id, boolean hidden);

    /** The document as indexed, hidden or not. */
    Optional<Document> document(long generation, String kind, UUID id);

    /** Counts one use of each tag (a new public post carried them). */
    void hashtagsUsed(long generation, List<String> tags, Instant at);

    /**
     * Adds or replaces many documents at once, as {@link #index} would one after the other (a rebuild's bulk; the
     * persistence context is flushed first and may hold stale copies after). Answers those indexed: in order,
     * without the deleted authors' documents, a repeated id as often as it came.
     */
    List<Document> indexAll(long generation, List<Document> documents);

    /** Counts one use of each tag of each post, as {@link #hashtagsUsed(long, List, Instant)} per post would. */
    void hashtagsUsed(long generation, List<Document> posts);

    /** Adds or updates a member's names; {@code discoverable} null keeps what is known (true for a new one). */
    void member(long generation, UUID userId, String username, String displayName, Boolean discoverable);

    void discoverable(long generation, UUID userId, boolean discoverable);

    void banned(long generation, UUID userId, boolean banned);

    /** The account is gone: its documents leave, and it stays a tombstone so late events cannot bring them back. */
    void memberDeleted(long generation, UUID userId, String username);

    /** Whether the author's account is gone for good in this generation. */
    boolean deleted(long generation, UUID userId);

    SearchPage search(long generation, SearchQuery query);

    /** Type-ahead: members and hashtags whose name starts with {@code prefix} (after an optional @ or #). */
    List<Suggestion> suggest(long generation, String prefix, int limit);

    /** Drops every row of a generation (an abandoned rebuild's, or the one a swap retired). */
    void drop(long generation);
}
