package nova.contracts.communication;

import java.util.List;
import java.util.UUID;

/**
 * A new conversation: {@code memberIds} are the others (the caller is added), 1 to
 * {@code nova.communication.conversation.max-members} − 1 distinct users. One other member and no {@code title}
 * is the one-to-one conversation between the two (created once, answered again afterwards); more, or a
 * {@code title} (≤ 100 chars), a group.
 */
public record ConversationDraft(List<UUID> memberIds, String title) {
}
