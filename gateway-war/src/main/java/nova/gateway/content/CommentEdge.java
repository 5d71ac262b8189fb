package nova.gateway.content;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One item of a page of comments and its cursor (Relay): pass the cursor as 'after' for the page that "
        + "starts right after this item")
public class CommentEdge {

    private final String cursor;
    private final Comment node;

    public CommentEdge(String cursor, Comment node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    public Comment getNode() {
        return node;
    }
}
