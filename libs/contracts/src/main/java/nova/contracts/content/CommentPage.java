package nova.contracts.content;

import java.util.List;

/** One page of a target's comments in thread order (each comment followed by its replies); {@code nextCursor} null on the last page. */
public record CommentPage(List<Comment> items, String nextCursor) {

    public CommentPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
