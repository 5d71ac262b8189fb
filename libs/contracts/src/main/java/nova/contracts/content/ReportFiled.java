package nova.contracts.content;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code content.report.filed}: a member reported {@code items} posts, articles or comments. Subject and record key:
 * the report's id. Carries no reported text (the queue has it for moderators).
 */
public record ReportFiled(UUID reportId, UUID reporterId, String category, int items, Instant at)
        implements ModerationEvent {

    public static final String TYPE = "content.report.filed";

    public ReportFiled {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(reporterId, "reporterId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return "report";
    }

    @Override
    public String aggregateId() {
        return reportId.toString();
    }
}
