package nova.gateway.search;

import java.util.List;
import nova.gateway.infra.Paging;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of search hits, best first; ask for the next with after: pageInfo.endCursor")
public class SearchConnection {

    private final List<SearchHit> nodes;
    private final String endCursor;
    private final List<String> cursors;

    SearchConnection(List<SearchHit> nodes, String endCursor) {
        this(nodes, endCursor, Paging.Window.FIRST.cursors(nodes.size(), endCursor));
    }

    /**
     * {@code cursors}: one per node, from the {@link Paging.Window} the page was fetched in (the constructor without
     * them assumes a page asked without 'after').
     */
    SearchConnection(List<SearchHit> nodes, String endCursor, List<String> cursors) {
        if (cursors.size() != nodes.size()) {
            throw new IllegalArgumentException(nodes.size() + " nodes, " + cursors.size() + " cursors");
        }
        this.nodes = nodes;
        this.endCursor = endCursor;
        this.cursors = List.copyOf(cursors);
    }

    @NonNull
    public List<@NonNull SearchHit> getNodes() {
        return nodes;
    }

    @NonNull
    public List<@NonNull SearchHitEdge> getEdges() {
        return Paging.edges(cursors, nodes, SearchHitEdge::new);
    }

    @NonNull
    public SearchPageInfo getPageInfo() {
        return SearchPageInfo.of(cursors, endCursor);
    }
}
