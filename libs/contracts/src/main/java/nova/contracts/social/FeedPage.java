package nova.contracts.social;

import java.util.List;

/** One page of a home feed, newest first; {@code nextCursor} is null on the last page. */
public record FeedPage(List<FeedItem> items, String nextCursor) {

    public FeedPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
