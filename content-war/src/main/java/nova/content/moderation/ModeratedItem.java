package nova.content.moderation;

import java.util.UUID;
import nova.content.item.ContentItem;
import nova.contracts.content.ReportedItem;

/**
 * What moderation sees of one post, article or comment as it stands: its author, its current text (an article's
 * title and body), whether its author deleted it, its {@code moderation} ({@code visible | hidden | removed}) and
 * whether its author is suspended (banned or gone).
 */
public record ModeratedItem(ItemRef ref, UUID authorId, String text, boolean deleted, String moderation,
                            boolean authorSuspended) {

    /** What moderation sees of {@code item} now. */
    public static ModeratedItem of(ContentItem item) {
        return new ModeratedItem(new ItemRef(item.itemType(), item.id()), item.authorId(), item.moderatedText(),
                item.deleted(), item.moderation(), item.authorSuspended());
    }

    /** The state a reader would see: a moderator's decision first, then the author's deletion, then a suspension. */
    public String state() {
        if (!Moderation.VISIBLE.equals(moderation)) {
            return moderation;
        }
        if (deleted) {
            return "deleted";
        }
        return authorSuspended ? "suspended" : Moderation.VISIBLE;
    }

    /** Shown to members as it is (not a tombstone). */
    public boolean shown() {
        return Moderation.VISIBLE.equals(state());
    }

    public ReportedItem forModerators() {
        return new ReportedItem(ref.type(), ref.id(), authorId, deleted ? null : text, state());
    }
}
