package nova.gateway.social;

import java.util.List;
import nova.gateway.media.PageInfo;
import nova.gateway.profile.Profile;
import nova.gateway.infra.Paging;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of people, newest first; ask for the next with after: pageInfo.endCursor")
public class ProfileConnection {

    private final List<Profile> nodes;
    private final String endCursor;
    private final List<String> cursors;

    ProfileConnection(List<Profile> nodes, String endCursor) {
        this(nodes, endCursor, Paging.Window.FIRST.cursors(nodes.size(), endCursor));
    }

    /**
     * {@code cursors}: one per node, from the {@link Paging.Window} the page was fetched in (the constructor without
     * them assumes a page asked without 'after').
     */
    ProfileConnection(List<Profile> nodes, String endCursor, List<String> cursors) {
        if (cursors.size() != nodes.size()) {
            throw new IllegalArgumentException(nodes.size() + " nodes, " + cursors.size() + " cursors");
        }
        this.nodes = List.copyOf(nodes);
        this.endCursor = endCursor;
        this.cursors = List.copyOf(cursors);
    }

    @NonNull
    @Description("The people on this page whose profile still exists (a deleted account is left out)")
    public List<@NonNull Profile> getNodes() {
        return nodes;
    }

    @NonNull
    public List<@NonNull ProfileEdge> getEdges() {
        return Paging.edges(cursors, nodes, ProfileEdge::new);
    }

    @NonNull
    public PageInfo getPageInfo() {
        return PageInfo.of(cursors, endCursor);
    }
}
