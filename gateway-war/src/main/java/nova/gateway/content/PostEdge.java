package nova.gateway.content;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One item of a page of posts and its cursor (Relay): pass the cursor as 'after' for the page that "
        + "starts right after this item")
public class PostEdge {

    private final String cursor;
    private final Post node;

    public PostEdge(String cursor, Post node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    public Post getNode() {
        return node;
    }
}
