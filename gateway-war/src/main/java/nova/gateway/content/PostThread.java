package nova.gateway.content;

import java.util.List;
import nova.gateway.infra.Requester;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Thread")
@Description("A post in its conversation: the posts it answers, root first, and the replies below it, depth first "
        + "(at most 200). Deleted or hidden posts stay in place as tombstones")
public class PostThread {

    private final nova.contracts.content.Thread thread;
    private final Requester requester;

    PostThread(nova.contracts.content.Thread thread, Requester requester) {
        this.thread = thread;
        this.requester = requester;
    }

    @NonNull
    public List<@NonNull Post> getAncestors() {
        return thread.ancestors().stream().map(p -> new Post(p, requester)).toList();
    }

    @NonNull
    public Post getPost() {
        return new Post(thread.post(), requester);
    }

    @NonNull
    public List<@NonNull Post> getDescendants() {
        return thread.descendants().stream().map(p -> new Post(p, requester)).toList();
    }
}
