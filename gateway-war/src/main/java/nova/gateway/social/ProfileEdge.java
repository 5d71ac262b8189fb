package nova.gateway.social;

import nova.gateway.profile.Profile;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One item of a page of people and its cursor (Relay): pass the cursor as 'after' for the page that "
        + "starts right after this item")
public class ProfileEdge {

    private final String cursor;
    private final Profile node;

    public ProfileEdge(String cursor, Profile node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    public Profile getNode() {
        return node;
    }
}
