package nova.contracts.communication;

import java.util.UUID;

/** The caller has read a conversation up to and including {@code messageId} (null: up to its newest message). */
public record ReadMark(UUID messageId) {
}
