package nova.gateway.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nova.contracts.content.ModerationDecision;
import nova.contracts.content.ReportDraft;
import nova.contracts.content.ReportPage;
import nova.gateway.content.ContentClient;
import nova.gateway.infra.ApiError;
import nova.gateway.infra.Caller;
import nova.gateway.infra.Paging;
import nova.gateway.infra.ReportsErrors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * Reports and moderation, answered by the content context with the caller's own token: every one of these needs
 * {@code Authorization} ({@code UNAUTHENTICATED} without it, nobody called). The content context decides who may
 * moderate ({@code moderate_content} in the token): {@code FORBIDDEN} for everyone else.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class ModerationOperations {

    static final int MAX_PAGE = 100;

    @Inject
    Caller caller;

    @Inject
    ContentClient moderation;

    @Mutation("report")
    @Description("Reports posts, articles or comments you can see and did not write. VALIDATION_FAILED (fieldErrors "
            + "items[i].id) for one you cannot see or wrote yourself")
    public @NonNull Report report(@Name("input") @NonNull ReportInput input) {
        String authorization = caller.requireAuthorization();
        List<nova.contracts.content.ReportedItem> items = new ArrayList<>();
        List<ReportedItemInput> given = input.getItems() == null ? List.of() : input.getItems();
        for (int i = 0; i < given.size(); i++) {
            ReportedItemInput item = given.get(i);
            items.add(nova.contracts.content.ReportedItem.named(item.getType().wire(),
                    uuid(item.getId(), "items[" + i + "].id")));
        }
        return new Report(moderation.report(authorization,
                new ReportDraft(input.getCategory().wire(), input.getComment(), items)));
    }

    @Query("moderationQueue")
    @Description("Reports for moderators (moderate_content), oldest first, each item with its current text and state: "
            + "'status' OPEN when left out, 'first' per page (1-" + MAX_PAGE + ", 20 when left out), 'after' the "
            + "endCursor of the page before. FORBIDDEN without the permission")
    public @NonNull ReportConnection moderationQueue(@Name("first") Integer first, @Name("after") String after,
                                                     @Name("status") ReportStatus status) {
        String authorization = caller.requireAuthorization();
        if (first != null && (first < 1 || first > MAX_PAGE)) {
            throw new ApiError(ApiError.Code.VALIDATION_FAILED, "One or more fields are invalid.",
                    List.of(new ApiError.FieldError("first", "must be between 1 and " + MAX_PAGE)));
        }
        String wire = status == null ? null : status.wire();
        var paged = Paging.fetch(first, after, (a, n) -> moderation.moderationQueue(authorization, wire, a, n),
                ReportPage::items, ReportPage::nextCursor, ReportPage::new);
        return new ReportConnection(paged.page(), paged.window());
    }

    @Mutation("moderate")
    @Description("Hides, removes or restores one item, with a reason its author is told (moderate_content). "
            + "NOT_FOUND for an unknown item or report, CONFLICT for an action that does not apply (hiding a hidden "
            + "item, restoring a removed one) or a resolved report, FORBIDDEN without the permission")
    public @NonNull ModerationAction moderate(@Name("input") @NonNull ModerateInput input) {
        String authorization = caller.requireAuthorization();
        UUID itemId = uuid(input.getItemId(), "itemId");
        UUID reportId = input.getReportId() == null ? null : uuid(input.getReportId(), "reportId");
        return new ModerationAction(moderation.moderate(authorization, new ModerationDecision(
                input.getItemType().wire(), itemId, input.getAction().wire(), input.getReason(), reportId)));
    }

    @Mutation("dismissReport")
    @Description("Resolves an open report without acting on its items (moderate_content). NOT_FOUND for an unknown "
            + "report, CONFLICT when it is resolved already, FORBIDDEN without the permission")
    public @NonNull Report dismissReport(@Name("id") @Id @NonNull String id) {
        String authorization = caller.requireAuthorization();
        UUID reportId;
        try {
            reportId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiError(ApiError.Code.NOT_FOUND, "There is no report with this id.");
        }
        return new Report(moderation.dismissReport(authorization, reportId));
    }

    static UUID uuid(String id, String field) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ApiError(ApiError.Code.VALIDATION_FAILED, "One or more fields are invalid.",
                    List.of(new ApiError.FieldError(field, "not an id")));
        }
    }
}
