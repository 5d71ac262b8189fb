package nova.gateway.search;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of search hits, best first; ask for the next with after: pageInfo.endCursor")
public class SearchConnection {

    private final List<SearchHit> nodes;
    private final String endCursor;

    SearchConnection(List<SearchHit> nodes, String endCursor) {
        this.nodes = nodes;
        this.endCursor = endCursor;
    }

    @NonNull
    public List<@NonNull SearchHit> getNodes() {
        return nodes;
    }

    @NonNull
    public SearchPageInfo getPageInfo() {
        return new SearchPageInfo(endCursor);
    }
}
