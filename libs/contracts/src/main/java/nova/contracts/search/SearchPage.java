package nova.contracts.search;

import java.util.List;

/** A page of hits, best first; {@code nextCursor} (opaque) asks for the next page, null on the last. */
public record SearchPage(List<SearchHit> items, String nextCursor) {

    public SearchPage {
        items = List.copyOf(items);
    }
}
