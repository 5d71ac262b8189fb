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
 * Content's {@code Post} gets its likes and shares here. Every post of a response asking for any of the four fields
 * costs one {@code /posts/engagement?ids=} call in all: the first field asked fetches the engagement of every post the
 * request has answered (a feed page, a thread, a profile's posts: {@link Post#answeredWithIt}) through
 * {@link SocialBatch}. Not {@code @Source List<Post>}: see {@link nova.gateway.infra.Batched}. With social down, these
 * fields are null with an {@code UNAVAILABLE} error each and the posts themselves still arrive.
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
        PostEngagement engagement = batch.engagement(post);
        return engagement == null ? null : field.apply(engagement);
    }
}
