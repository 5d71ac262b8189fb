package nova.content.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import nova.content.item.ItemErasure;

/** The account deletion saga's part for comments ({@link ItemErasure}). */
@ApplicationScoped
public class CommentErasure {

    @Inject
    ItemErasure items;

    /** @return how many comments were deleted (none when asked again) */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseAllOf(UUID authorId) {
        return items.eraseAllOf(authorId, Comment.class, (comment, now) -> Optional.of(comment.delete(now)));
    }
}
