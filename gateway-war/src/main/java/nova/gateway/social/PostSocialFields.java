package nova.gateway.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import nova.contracts.social.PostEngagement;
import nova.gateway.content.Post;
import nova.gateway.infra.ReportsErrors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

/**
 * Content's {@code Post} gets its likes and shares here. A 20-post feed asking for all four fields costs one
 * {@code /posts/engagement?ids=} call: the feed tells {@link SocialBatch} its page, and the first field asked of any of
 * its posts fetches the engagement of all of them. A post outside the feed (content's {@code post}, {@code posts},
 * {@code postsByAuthor}, threads) costs one call for its four fields. Not {@code @Source List<Post>}: Liberty
 * 26.0.0.3's engine fails every batch resolver with a NullPointerException (see {@link SocialBatch#expectPosts}).
 * With social down, these fields are null with an {@code UNAVAILABLE} error each and the posts themselves still arrive.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class PostSocialFields {

    @Inject
    SocialBatch batch;

    @Name("likeCount")
    @Description("How many like this post (null with an error when the social service is unavailable)")
    public Integer likeCount(@Source Post post) {
        return engaged(post, e -> Counts.of(e.likes()));
    }

    @Name("shareCount")
    @Description("How many shared this post (null with an error when the social service is unavailable)")
    public Integer shareCount(@Source Post post) {
        return engaged(post, e -> Counts.of(e.shares()));
    }

    @Name("likedByMe")
    @Description("Whether you like this post")
    public Boolean likedByMe(@Source Post post) {
        return engaged(post, PostEngagement::likedByMe);
    }

    @Name("sharedByMe")
    @Description("Whether you shared this post")
    public Boolean sharedByMe(@Source Post post) {
        return engaged(post, PostEngagement::sharedByMe);
    }

    private <T> T engaged(Post post, Function<PostEngagement, T> field) {
        PostEngagement engagement = batch.engagement(post.postId());
        return engagement == null ? null : field.apply(engagement);
    }
}
