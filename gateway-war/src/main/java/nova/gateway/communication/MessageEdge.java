package nova.gateway.communication;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One item of a page of messages and its cursor (Relay): pass the cursor as 'after' for the page that "
        + "starts right after this item")
public class MessageEdge {

    private final String cursor;
    private final Message node;

    public MessageEdge(String cursor, Message node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    public Message getNode() {
        return node;
    }
}
