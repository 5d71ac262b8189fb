package nova.gateway.moderation;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ModerationAction")
@Description("A moderator's action, recorded; the item's author is told (content.item.moderated)")
public class ModerationAction {

    /** The contract's record; not named like a getter: SmallRye GraphQL would type that field from this one. */
    private final nova.contracts.content.ModerationAction recorded;

    ModerationAction(nova.contracts.content.ModerationAction action) {
        this.recorded = action;
    }

    @Id
    @NonNull
    public String getId() {
        return recorded.id().toString();
    }

    @NonNull
    public ModeratedItemType getItemType() {
        return ModeratedItemType.of(recorded.itemType());
    }

    @Id
    @NonNull
    public String getItemId() {
        return recorded.itemId().toString();
    }

    @Id
    @NonNull
    public String getAuthorId() {
        return recorded.authorId().toString();
    }

    @NonNull
    public ModerationActionType getAction() {
        return ModerationActionType.of(recorded.action());
    }

    @NonNull
    public String getReason() {
        return recorded.reason();
    }

    @Id
    @NonNull
    public String getModeratorId() {
        return recorded.moderatorId().toString();
    }

    @Id
    public String getReportId() {
        return recorded.reportId() == null ? null : recorded.reportId().toString();
    }

    @NonNull
    @Description("The item's moderation after the action")
    public ModerationState getState() {
        return ModerationState.of(recorded.state());
    }

    @NonNull
    public OffsetDateTime getAt() {
        return Times.utc(recorded.at());
    }
}
