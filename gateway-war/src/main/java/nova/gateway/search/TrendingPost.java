package nova.gateway.search;

import nova.gateway.content.Post;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A public post trending now: score is its likes, shares, replies and comments over the last day, recent "
        + "ones weighing more")
public class TrendingPost {

    private final Post post;
    private final double score;

    TrendingPost(Post post, double score) {
        this.post = post;
        this.score = score;
    }

    @NonNull
    public Post getPost() {
        return post;
    }

    public double getScore() {
        return score;
    }
}
