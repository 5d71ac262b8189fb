package nova.gateway.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One item of a page of search hits and its cursor (Relay): pass the cursor as 'after' for the page that "
        + "starts right after this item")
public class SearchHitEdge {

    private final String cursor;
    private final SearchHit node;

    public SearchHitEdge(String cursor, SearchHit node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    public SearchHit getNode() {
        return node;
    }
}
