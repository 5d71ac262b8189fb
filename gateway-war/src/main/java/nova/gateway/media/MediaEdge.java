package nova.gateway.media;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One item of a page of media and its cursor (Relay): pass the cursor as 'after' for the page that "
        + "starts right after this item")
public class MediaEdge {

    private final String cursor;
    private final Media node;

    public MediaEdge(String cursor, Media node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    public Media getNode() {
        return node;
    }
}
