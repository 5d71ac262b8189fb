package nova.communication.realtime;

import java.util.List;
import java.util.UUID;
import nova.contracts.communication.Message;

/**
 * What the push needs of the stored messages (the core's {@code nova.communication.message.MessageService}, through
 * {@code CoreMessageLedger}): the messages a member missed, and marking messages delivered once written to them.
 */
public interface MessageLedger {

    /** The member's messages after {@code afterMessageId} across their conversations, oldest first. */
    List<Message> since(UUID userId, UUID afterMessageId, int limit);

    /** The member's status of the conversation's messages up to {@code upToMessageId}: sent → delivered (idempotent). */
    void markDelivered(UUID userId, UUID conversationId, UUID upToMessageId);
}
