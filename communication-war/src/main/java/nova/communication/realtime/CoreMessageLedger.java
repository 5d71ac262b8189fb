package nova.communication.realtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import nova.communication.message.MessageService;
import nova.contracts.communication.Message;

/** The push's view of the stored messages: the core's {@link MessageService}, as it offers them to this package. */
@ApplicationScoped
public class CoreMessageLedger implements MessageLedger {

    @Inject
    MessageService messages;

    @Override
    @Transactional
    public List<Message> since(UUID userId, UUID afterMessageId, int limit) {
        return messages.since(userId, afterMessageId, limit);
    }

    @Override
    public void markDelivered(UUID userId, UUID conversationId, UUID upToMessageId) {
        messages.markDelivered(userId, conversationId, upToMessageId);
    }
}
