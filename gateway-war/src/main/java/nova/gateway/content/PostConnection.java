package nova.gateway.content;

import java.util.List;
import nova.gateway.media.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of posts, newest first; ask for the next with after: pageInfo.endCursor")
public class PostConnection {

    private final List<Post> nodes;
    private final String endCursor;

    /** Public for other slices whose lists are of posts (a feed). */
    public PostConnection(List<Post> nodes, String endCursor) {
        this.nodes = List.copyOf(nodes);
        this.endCursor = endCursor;
    }

    @NonNull
    public List<@NonNull Post> getNodes() {
        return nodes;
    }

    @NonNull
    public PageInfo getPageInfo() {
        return new PageInfo(endCursor);
    }
}
