package nova.content.moderation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nova.contracts.content.Report;
import nova.contracts.content.ReportFiled;
import nova.contracts.content.ReportedItem;
import org.hibernate.annotations.BatchSize;

/**
 * One member's report ({@code reports}, its items in {@code report_items}): open until a moderator acts on it or
 * dismisses it, then resolved for good.
 */
@Entity
@Table(name = "reports")
public class ContentReport {

    public static final String OPEN = "open";
    public static final String RESOLVED = "resolved";
    public static final String ACTIONED = "actioned";
    public static final String DISMISSED = "dismissed";

    @Id
    private UUID id;

    @Column(name = "reporter_id", nullable = false)
    private UUID reporterId;

    @Column(nullable = false)
    private String category;

    private String comment;

    @Column(nullable = false)
    private String status;

    private String resolution;

    @Column(name = "resolved_by")
    private UUID resolvedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    // a page of the queue loads the items of all its reports in one more query, not one per report
    @ElementCollection
    @CollectionTable(name = "report_items", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<ItemRef> items = new ArrayList<>();

    protected ContentReport() {
        // JPA
    }

    private ContentReport(UUID reporterId, ReportTerms terms, Instant now) {
        this.id = UUID.randomUUID();
        this.reporterId = reporterId;
        this.category = terms.category();
        this.comment = terms.comment();
        this.status = OPEN;
        this.createdAt = now;
        this.items = new ArrayList<>(terms.items());
    }

    /** A new open report by {@code reporterId}. */
    public static ContentReport file(UUID reporterId, ReportTerms terms, Instant now) {
        return new ContentReport(reporterId, terms, now);
    }

    /** What filing this report tells consumers. */
    public ReportFiled filed() {
        return new ReportFiled(id, reporterId, category, items.size(), createdAt);
    }

    /**
     * Closes the report: {@code actioned} or {@code dismissed} by {@code moderatorId}.
     *
     * @throws nova.platform.problem.Rejection 409 when it is resolved already
     */
    public void resolve(String resolution, UUID moderatorId, Instant now) {
        if (!isOpen()) {
            throw Moderation.conflict("The report was already resolved (" + this.resolution + ").");
        }
        this.status = RESOLVED;
        this.resolution = resolution;
        this.resolvedBy = moderatorId;
        this.resolvedAt = now;
    }

    public boolean isOpen() {
        return OPEN.equals(status);
    }

    public boolean names(ItemRef item) {
        return items.contains(item);
    }

    public UUID id() {
        return id;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<ItemRef> items() {
        return List.copyOf(items);
    }

    /** The report as its reporter filed it: the items by kind and id only. */
    public Report view() {
        return view(items.stream().map(item -> ReportedItem.named(item.type(), item.id())).toList());
    }

    /** The report for moderators: each item as it stands now ({@code missing} when it no longer exists). */
    public Report view(Map<ItemRef, ModeratedItem> current) {
        return view(items.stream().map(item -> {
            ModeratedItem found = current.get(item);
            return found == null ? new ReportedItem(item.type(), item.id(), null, null, "missing") : found.forModerators();
        }).toList());
    }

    private Report view(List<ReportedItem> shown) {
        return new Report(id, reporterId, category, comment, shown, status, resolution, resolvedBy, createdAt, resolvedAt);
    }
}
