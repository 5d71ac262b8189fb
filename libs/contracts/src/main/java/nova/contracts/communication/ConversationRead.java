package nova.contracts.communication;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code communication.conversation.read}: {@code readerId} read the conversation up to and including
 * {@code upToMessageId}; {@code memberIds} (every current member) get the read receipt.
 */
public record ConversationRead(UUID conversationId, UUID readerId, UUID upToMessageId, List<UUID> memberIds,
                               Instant at) implements ConversationEvent {

    public static final String TYPE = "communication.conversation.read";

    public ConversationRead {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(readerId, "readerId");
        Objects.requireNonNull(upToMessageId, "upToMessageId");
        Objects.requireNonNull(at, "at");
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
