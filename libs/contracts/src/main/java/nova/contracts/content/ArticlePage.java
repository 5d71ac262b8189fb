package nova.contracts.content;

import java.util.List;

/** One page of articles, newest first; {@code nextCursor} (opaque) is null on the last page. */
public record ArticlePage(List<Article> items, String nextCursor) {

    public ArticlePage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
