package nova.content.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import nova.content.item.ItemErasure;

/** The account deletion saga's part for articles ({@link ItemErasure}). */
@ApplicationScoped
public class ArticleErasure {

    @Inject
    ItemErasure items;

    /** @return how many articles were deleted (none when asked again) */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseAllOf(UUID authorId) {
        return items.eraseAllOf(authorId, Article.class, Article::delete);
    }
}
