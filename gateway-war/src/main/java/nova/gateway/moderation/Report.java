package nova.gateway.moderation;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Report")
@Description("A member's report of posts, articles or comments")
public class Report {

    private final nova.contracts.content.Report report;

    Report(nova.contracts.content.Report report) {
        this.report = report;
    }

    @Id
    @NonNull
    public String getId() {
        return report.id().toString();
    }

    @Id
    @NonNull
    public String getReporterId() {
        return report.reporterId().toString();
    }

    @NonNull
    public ReportCategory getCategory() {
        return ReportCategory.of(report.category());
    }

    public String getComment() {
        return report.comment();
    }

    @NonNull
    public List<@NonNull ReportedItem> getItems() {
        return report.items().stream().map(ReportedItem::new).toList();
    }

    @NonNull
    public ReportStatus getStatus() {
        return ReportStatus.of(report.status());
    }

    public ReportResolution getResolution() {
        return ReportResolution.of(report.resolution());
    }

    @Id
    @Description("The moderator who resolved it")
    public String getResolvedBy() {
        return report.resolvedBy() == null ? null : report.resolvedBy().toString();
    }

    @NonNull
    public OffsetDateTime getCreatedAt() {
        return Times.utc(report.createdAt());
    }

    public OffsetDateTime getResolvedAt() {
        return Times.utc(report.resolvedAt());
    }
}
