package nova.gateway.communication;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A message in a conversation")
public class Message {

    private final nova.contracts.communication.Message message;

    Message(nova.contracts.communication.Message message) {
        this.message = message;
    }

    @Id
    @NonNull
    public String getId() {
        return message.id().toString();
    }

    @NonNull
    public String getConversationId() {
        return message.conversationId().toString();
    }

    @NonNull
    public String getSenderId() {
        return message.senderId().toString();
    }

    public String getText() {
        return message.text();
    }

    @NonNull
    @Description("Media ids (the sender's uploads; read them with media(id))")
    public List<@NonNull String> getMediaIds() {
        return Times.ids(message.mediaIds());
    }

    @NonNull
    @Description("Your own message: the least advanced of its recipients; a received one: yours")
    public MessageStatus getStatus() {
        return MessageStatus.of(message.status());
    }

    @NonNull
    public OffsetDateTime getSentAt() {
        return Times.utc(message.sentAt());
    }
}
