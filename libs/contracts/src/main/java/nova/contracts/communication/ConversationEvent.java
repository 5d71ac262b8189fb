package nova.contracts.communication;

import java.util.UUID;
import nova.contracts.event.DomainEvent;

/**
 * Every event about a conversation. Subject and record key: the conversation id, so one conversation's messages
 * and read marks stay in order; each names the members to tell, so consumers (the real-time push) need not call back.
 */
public sealed interface ConversationEvent extends DomainEvent permits MessageSent, ConversationRead {

    /** The conversation the event is about. */
    UUID conversationId();

    @Override
    default String aggregateType() {
        return "conversation";
    }

    @Override
    default String aggregateId() {
        return conversationId().toString();
    }
}
