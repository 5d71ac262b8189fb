package nova.gateway.content;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Thread")
@Description("A post in its conversation: the posts it answers, root first, and the replies below it, depth first "
        + "(at most 200). Deleted or hidden posts stay in place as tombstones")
public class PostThread {

    private final nova.contracts.content.Thread thread;

    PostThread(nova.contracts.content.Thread thread) {
        this.thread = thread;
    }

    @NonNull
    public List<@NonNull Post> getAncestors() {
        return thread.ancestors().stream().map(Post::new).toList();
    }

    @NonNull
    public Post getPost() {
        return new Post(thread.post());
    }

    @NonNull
    public List<@NonNull Post> getDescendants() {
        return thread.descendants().stream().map(Post::new).toList();
    }
}
