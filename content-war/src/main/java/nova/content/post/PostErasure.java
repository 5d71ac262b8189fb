package nova.content.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import nova.content.item.ItemErasure;
import nova.contracts.content.PostDeleted;

/** The account deletion saga's part for posts ({@link ItemErasure}); a deleted reply leaves its post one reply less. */
@ApplicationScoped
public class PostErasure {

    @PersistenceContext(unitName = "content")
    EntityManager entityManager;

    @Inject
    ItemErasure items;

    /** @return how many posts were deleted (none when asked again) */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseAllOf(UUID authorId) {
        return items.eraseAllOf(authorId, Post.class, (post, now) -> {
            PostDeleted deleted = post.delete(now);
            if (post.replyToId() != null) {
                entityManager.find(Post.class, post.replyToId(), LockModeType.PESSIMISTIC_WRITE).replyRemoved();
            }
            return Optional.of(deleted);
        });
    }
}
