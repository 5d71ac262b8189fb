package nova.gateway.communication;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A conversation you are in")
public class Conversation {

    private final nova.contracts.communication.Conversation conversation;

    Conversation(nova.contracts.communication.Conversation conversation) {
        this.conversation = conversation;
    }

    @Id
    @NonNull
    public String getId() {
        return conversation.id().toString();
    }

    @NonNull
    public ConversationKind getKind() {
        return ConversationKind.of(conversation.kind());
    }

    @Description("Null for a direct conversation")
    public String getTitle() {
        return conversation.title();
    }

    public String getCreatedBy() {
        return conversation.createdBy() == null ? null : conversation.createdBy().toString();
    }

    @NonNull
    @Description("The current members, you included")
    public List<@NonNull String> getMemberIds() {
        return Times.ids(conversation.memberIds());
    }

    @Description("Null until the first message")
    public Message getLastMessage() {
        return conversation.lastMessage() == null ? null : new Message(conversation.lastMessage());
    }

    @NonNull
    @Description("Messages of others you have not read")
    public int getUnreadCount() {
        return (int) Math.min(Integer.MAX_VALUE, conversation.unreadCount());
    }

    @NonNull
    public OffsetDateTime getCreatedAt() {
        return Times.utc(conversation.createdAt());
    }

    public OffsetDateTime getLastActivityAt() {
        return Times.utc(conversation.lastActivityAt());
    }
}
