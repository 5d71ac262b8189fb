package nova.gateway.communication;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A notification, grouped: every unread one of the same type about the same target is one (\"Ada and 3 "
        + "others liked your post\")")
public class Notification {

    private final nova.contracts.communication.Notification notification;

    Notification(nova.contracts.communication.Notification notification) {
        this.notification = notification;
    }

    @Id
    @NonNull
    public String getId() {
        return notification.id().toString();
    }

    @NonNull
    @Description("follow, follow_request, like, share, comment, mention, message or moderation (new ones need no schema change)")
    public String getType() {
        return notification.type();
    }

    @Description("user, post, article, comment or conversation")
    public String getTargetType() {
        return notification.targetType();
    }

    public String getTargetId() {
        return notification.targetId() == null ? null : notification.targetId().toString();
    }

    @NonNull
    @Description("The most recent actors first, at most 3")
    public List<@NonNull String> getActorIds() {
        return Times.ids(notification.actorIds());
    }

    @NonNull
    @Description("Every actor of the group")
    public int getActorCount() {
        return notification.actorCount();
    }

    @Description("The sentence to show, with the actors' display names")
    public String getText() {
        return notification.text();
    }

    @Description("What the type adds (moderation: hide, remove or restore)")
    public String getDetail() {
        return notification.detail();
    }

    @NonNull
    public boolean isRead() {
        return notification.read();
    }

    @NonNull
    public OffsetDateTime getCreatedAt() {
        return Times.utc(notification.createdAt());
    }

    public OffsetDateTime getUpdatedAt() {
        return Times.utc(notification.updatedAt());
    }
}
