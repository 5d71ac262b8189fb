package nova.contracts.communication;

import java.util.List;
import java.util.UUID;

/**
 * A message to send: {@code text} up to {@code nova.communication.message.max-chars} (default 5000) code points,
 * {@code mediaIds} up to 4 media ids (the sender's uploads; shown through the media context), at least one of the two.
 */
public record MessageDraft(String text, List<UUID> mediaIds) {
}
