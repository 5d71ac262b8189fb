package nova.gateway.moderation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A JavaBean: the engine builds input objects through a no-argument constructor and setters. */
@Input("ModerateInput")
@Description("A moderator's decision on one item, with the reason the author is told")
public class ModerateInput {

    @NonNull
    private ModeratedItemType itemType;
    @NonNull
    @Id
    private String itemId;
    @NonNull
    private ModerationActionType action;
    @NonNull
    @Description("Required, 1-1000 characters")
    private String reason;
    @Id
    @Description("The report this answers: it must name the item, and is resolved as ACTIONED")
    private String reportId;

    public ModeratedItemType getItemType() {
        return itemType;
    }

    public void setItemType(ModeratedItemType itemType) {
        this.itemType = itemType;
    }

    public String getItemId() {
        return itemId;
    }

    public void setItemId(String itemId) {
        this.itemId = itemId;
    }

    public ModerationActionType getAction() {
        return action;
    }

    public void setAction(ModerationActionType action) {
        this.action = action;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getReportId() {
        return reportId;
    }

    public void setReportId(String reportId) {
        this.reportId = reportId;
    }
}
