package nova.gateway.content;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One item of a page of articles and its cursor (Relay): pass the cursor as 'after' for the page that "
        + "starts right after this item")
public class ArticleEdge {

    private final String cursor;
    private final Article node;

    public ArticleEdge(String cursor, Article node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    public Article getNode() {
        return node;
    }
}
