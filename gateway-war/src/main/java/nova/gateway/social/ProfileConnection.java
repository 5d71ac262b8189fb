package nova.gateway.social;

import java.util.List;
import nova.gateway.media.PageInfo;
import nova.gateway.profile.Profile;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of people, newest first; ask for the next with after: pageInfo.endCursor")
public class ProfileConnection {

    private final List<Profile> nodes;
    private final String endCursor;

    ProfileConnection(List<Profile> nodes, String endCursor) {
        this.nodes = List.copyOf(nodes);
        this.endCursor = endCursor;
    }

    @NonNull
    @Description("The people on this page whose profile still exists (a deleted account is left out)")
    public List<@NonNull Profile> getNodes() {
        return nodes;
    }

    @NonNull
    public PageInfo getPageInfo() {
        return new PageInfo(endCursor);
    }
}
