package nova.gateway.moderation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One item of a page of reports and its cursor (Relay): pass the cursor as 'after' for the page that "
        + "starts right after this item")
public class ReportEdge {

    private final String cursor;
    private final Report node;

    public ReportEdge(String cursor, Report node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    public Report getNode() {
        return node;
    }
}
