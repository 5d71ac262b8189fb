package nova.contracts.content;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A member's report. {@code status} is {@code open} until a moderator acts on it ({@code resolution}
 * {@code actioned}) or dismisses it ({@code dismissed}); {@code resolvedBy}/{@code resolvedAt} are null while open.
 */
public record Report(UUID id, UUID reporterId, String category, String comment, List<ReportedItem> items,
                     String status, String resolution, UUID resolvedBy, Instant createdAt, Instant resolvedAt) {

    public Report {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
