package nova.gateway.content;

import java.util.List;
import nova.gateway.infra.Paging;
import nova.gateway.media.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of posts, newest first; ask for the next with after: pageInfo.endCursor")
public class PostConnection {

    private final List<Post> nodes;
    private final String endCursor;
    private final List<String> cursors;

    /** Public for other slices whose lists are of posts (a feed). */
    public PostConnection(List<Post> nodes, String endCursor) {
        this(nodes, endCursor, Paging.Window.FIRST.cursors(nodes.size(), endCursor));
    }

    /**
     * {@code cursors}: one per node, from the {@link Paging.Window} the page was fetched in (the constructor without
     * them assumes a page asked without 'after').
     */
    public PostConnection(List<Post> nodes, String endCursor, List<String> cursors) {
        if (cursors.size() != nodes.size()) {
            throw new IllegalArgumentException(nodes.size() + " nodes, " + cursors.size() + " cursors");
        }
        this.nodes = List.copyOf(nodes);
        this.endCursor = endCursor;
        this.cursors = List.copyOf(cursors);
    }

    @NonNull
    public List<@NonNull Post> getNodes() {
        return nodes;
    }

    @NonNull
    public List<@NonNull PostEdge> getEdges() {
        return Paging.edges(cursors, nodes, PostEdge::new);
    }

    @NonNull
    public PageInfo getPageInfo() {
        return PageInfo.of(cursors, endCursor);
    }
}
