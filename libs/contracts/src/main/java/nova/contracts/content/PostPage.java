package nova.contracts.content;

import java.util.List;

/** One page of posts, newest first; {@code nextCursor} (opaque) is null on the last page. */
public record PostPage(List<Post> items, String nextCursor) {

    public PostPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
