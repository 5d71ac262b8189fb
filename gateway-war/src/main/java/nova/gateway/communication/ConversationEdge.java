package nova.gateway.communication;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One item of a page of conversations and its cursor (Relay): pass the cursor as 'after' for the page that "
        + "starts right after this item")
public class ConversationEdge {

    private final String cursor;
    private final Conversation node;

    public ConversationEdge(String cursor, Conversation node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    public Conversation getNode() {
        return node;
    }
}
