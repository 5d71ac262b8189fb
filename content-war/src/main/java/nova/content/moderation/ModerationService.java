package nova.content.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nova.content.item.ContentItem;
import nova.contracts.content.ModerationAction;
import nova.contracts.content.Report;
import nova.contracts.content.ReportPage;
import nova.platform.events.Outbox;
import nova.platform.persistence.DatabaseTime;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/**
 * Files members' reports, answers the moderators' queue, and applies moderators' decisions: each loads what it
 * needs, calls one domain method ({@link ContentItem#moderate} for a decision), records it and hands the event it
 * caused to the outbox in the same transaction.
 */
@ApplicationScoped
public class ModerationService {

    public static final int PAGE_DEFAULT = 20;
    public static final int PAGE_MAX = 100;

    @PersistenceContext(unitName = "content")
    EntityManager entityManager;

    @Inject
    ModeratedItems items;

    @Inject
    Outbox outbox;

    /**
     * Files {@code reporterId}'s report; publishes {@code content.report.filed}.
     *
     * @throws Rejection 400 on {@code items[i].id} for an item the reporter cannot see (or that does not exist)
     *                   and for their own
     */
    @Transactional
    public Report file(UUID reporterId, ReportTerms terms) {
        Map<ItemRef, ModeratedItem> found = items.find(terms.items());
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < terms.items().size(); i++) {
            ItemRef ref = terms.items().get(i);
            ModeratedItem item = found.get(ref);
            if (item == null || !items.visibleTo(ref, reporterId)) {
                errors.add(new Problem.FieldError("items[" + i + "].id", "There is no " + ref.type() + " " + ref.id()
                        + " you can see."));
            } else if (reporterId.equals(item.authorId())) {
                errors.add(new Problem.FieldError("items[" + i + "].id", "You cannot report your own " + ref.type() + "."));
            }
        }
        if (!errors.isEmpty()) {
            throw Rejection.invalidInput(errors);
        }
        ContentReport report = ContentReport.file(reporterId, terms, DatabaseTime.now());
        entityManager.persist(report);
        outbox.publish(report.filed());
        return report.view();
    }

    /** One page of the reports in {@code status}, oldest first, each item as it stands now. */
    @Transactional
    public ReportPage queue(String status, String after, Integer limit) {
        String wanted = status == null || status.isBlank() ? ContentReport.OPEN : status;
        if (!ContentReport.OPEN.equals(wanted) && !ContentReport.RESOLVED.equals(wanted)) {
            throw Rejection.invalidInput("status", "Give open or resolved.");
        }
        int size = limit == null ? PAGE_DEFAULT : limit;
        if (size < 1 || size > PAGE_MAX) {
            throw Rejection.invalidInput("limit", "Give 1 to " + PAGE_MAX + ".");
        }
        ReportCursor cursor = after == null || after.isBlank() ? null : ReportCursor.decode(after);
        TypedQuery<ContentReport> query = entityManager.createQuery("SELECT r FROM ContentReport r WHERE r.status = :status"
                + (cursor == null ? "" : " AND (r.createdAt > :at OR (r.createdAt = :at AND r.id > :id))")
                + " ORDER BY r.createdAt, r.id", ContentReport.class).setParameter("status", wanted);
        if (cursor != null) {
            query.setParameter("at", cursor.createdAt()).setParameter("id", cursor.id());
        }
        List<ContentReport> rows = query.setMaxResults(size + 1).getResultList();
        List<ContentReport> page = rows.subList(0, Math.min(size, rows.size()));
        Map<ItemRef, ModeratedItem> current = items.find(page.stream().flatMap(r -> r.items().stream()).distinct().toList());
        String next = rows.size() > size
                ? new ReportCursor(page.get(size - 1).createdAt(), page.get(size - 1).id()).encode() : null;
        return new ReportPage(page.stream().map(report -> report.view(current)).toList(), next);
    }

    /**
     * Applies {@code moderatorId}'s decision to its item, records it, resolves the report it answers (which must be
     * open and name the item) and publishes {@code content.item.moderated}.
     *
     * @throws Rejection 404 unknown item or report, 409 an action that does not apply to the item's state or a
     *                   resolved report, 400 on {@code reportId} for a report that does not name the item
     */
    @Transactional
    public ModerationAction moderate(UUID moderatorId, DecisionTerms decision) {
        ContentItem item = items.lock(decision.item())
                .orElseThrow(() -> Moderation.notFound("There is no " + decision.item().type() + " "
                        + decision.item().id() + "."));
        Instant now = DatabaseTime.now();
        if (decision.reportId() != null) {
            ContentReport report = lockReport(decision.reportId());
            if (!report.names(decision.item())) {
                throw Rejection.invalidInput("reportId", "That report does not name this " + decision.item().type() + ".");
            }
            report.resolve(ContentReport.ACTIONED, moderatorId, now);
        }
        String state = item.moderate(decision.action(), decision.reason());
        ModerationRecord record = new ModerationRecord(ModeratedItem.of(item), decision, state, moderatorId, now);
        entityManager.persist(record);
        outbox.publish(record.moderated());
        return record.view();
    }

    /**
     * Resolves an open report without acting on its items.
     *
     * @throws Rejection 404 unknown report, 409 already resolved
     */
    @Transactional
    public Report dismiss(UUID moderatorId, UUID reportId) {
        ContentReport report = lockReport(reportId);
        report.resolve(ContentReport.DISMISSED, moderatorId, DatabaseTime.now());
        return report.view(items.find(report.items()));
    }

    private ContentReport lockReport(UUID reportId) {
        ContentReport report = entityManager.find(ContentReport.class, reportId, LockModeType.PESSIMISTIC_WRITE);
        if (report == null) {
            throw Moderation.notFound("There is no report " + reportId + ".");
        }
        return report;
    }
}
