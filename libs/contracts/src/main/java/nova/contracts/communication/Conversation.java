package nova.contracts.communication;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversation as one of its members sees it. {@code kind} is {@code direct} (two members, for good) or
 * {@code group}; {@code title} is null for a direct one. {@code memberIds} are the current members, the caller
 * included; {@code lastMessage} is null until the first message; {@code unreadCount} counts the messages of
 * others the caller has not read.
 */
public record Conversation(UUID id, String kind, String title, UUID createdBy, List<UUID> memberIds,
                           Message lastMessage, long unreadCount, Instant createdAt, Instant lastActivityAt) {

    public Conversation {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }
}
