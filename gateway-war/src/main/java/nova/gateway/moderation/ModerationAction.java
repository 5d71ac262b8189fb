package nova.gateway.moderation;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ModerationAction")
@Description("A moderator's action, recorded; the item's author is told (content.item.moderated)")
public class ModerationAction {

    private final nova.contracts.content.ModerationAction action;

    ModerationAction(nova.contracts.content.ModerationAction action) {
        this.action = action;
    }

    @Id
    @NonNull
    public String getId() {
        return action.id().toString();
    }

    @NonNull
    public ModeratedItemType getItemType() {
        return ModeratedItemType.of(action.itemType());
    }

    @Id
    @NonNull
    public String getItemId() {
        return action.itemId().toString();
    }

    @Id
    @NonNull
    public String getAuthorId() {
        return action.authorId().toString();
    }

    @NonNull
    public ModerationActionType getAction() {
        return ModerationActionType.of(action.action());
    }

    @NonNull
    public String getReason() {
        return action.reason();
    }

    @Id
    @NonNull
    public String getModeratorId() {
        return action.moderatorId().toString();
    }

    @Id
    public String getReportId() {
        return action.reportId() == null ? null : action.reportId().toString();
    }

    @NonNull
    @Description("The item's moderation after the action")
    public ModerationState getState() {
        return ModerationState.of(action.state());
    }

    @NonNull
    public OffsetDateTime getAt() {
        return Times.utc(action.at());
    }
}
