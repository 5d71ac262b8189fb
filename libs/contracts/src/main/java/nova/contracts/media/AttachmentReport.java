package nova.contracts.media;

import java.util.List;
import java.util.UUID;

/**
 * For content, before it attaches media to a post: of the ids asked about, {@code ready} are the caller's and
 * processed ({@code complete}), {@code notReady} are the caller's but still queued, in progress or failed,
 * {@code notOwned} are unknown, deleted or someone else's. Every id asked about is in exactly one list.
 */
public record AttachmentReport(List<UUID> ready, List<UUID> notReady, List<UUID> notOwned) {

    public AttachmentReport {
        ready = ready == null ? List.of() : List.copyOf(ready);
        notReady = notReady == null ? List.of() : List.copyOf(notReady);
        notOwned = notOwned == null ? List.of() : List.copyOf(notOwned);
    }
}
