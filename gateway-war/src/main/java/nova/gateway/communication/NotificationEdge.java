package nova.gateway.communication;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One item of a page of notifications and its cursor (Relay): pass the cursor as 'after' for the page that "
        + "starts right after this item")
public class NotificationEdge {

    private final String cursor;
    private final Notification node;

    public NotificationEdge(String cursor, Notification node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    public Notification getNode() {
        return node;
    }
}
