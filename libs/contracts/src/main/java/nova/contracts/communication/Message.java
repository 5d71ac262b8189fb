package nova.contracts.communication;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One message. {@code status} is how far it got, seen by the caller: for the sender's own message the least
 * advanced of its recipients ({@code sent}, {@code delivered} once every recipient's device got it, {@code read}
 * once every recipient read it); for a received message the caller's own status.
 */
public record Message(UUID id, UUID conversationId, UUID senderId, String text, List<UUID> mediaIds, String status,
                      Instant sentAt) {

    public Message {
        mediaIds = mediaIds == null ? List.of() : List.copyOf(mediaIds);
    }
}
