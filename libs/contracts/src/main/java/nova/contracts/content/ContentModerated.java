package nova.contracts.content;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code content.item.moderated}: a holder of {@code moderate_content} hid, removed or restored one post, article or
 * comment. Subject and record key: the item's id (its aggregate type is {@code itemType}). {@code authorId} is
 * there so the author can be told without a call back; {@code reportId} is the report acted on, or null.
 */
public record ContentModerated(String itemType, UUID itemId, UUID authorId, String action, String reason,
                               UUID moderatorId, UUID reportId, Instant at) implements ModerationEvent {

    public static final String TYPE = "content.item.moderated";

    public ContentModerated {
        Objects.requireNonNull(itemType, "itemType");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(moderatorId, "moderatorId");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return itemType;
    }

    @Override
    public String aggregateId() {
        return itemId.toString();
    }
}
