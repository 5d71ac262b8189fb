package nova.contracts.media;

import java.util.List;

/** One page of media, newest first; {@code nextCursor} is null on the last page. */
public record MediaPage(List<Media> items, String nextCursor) {

    public MediaPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
