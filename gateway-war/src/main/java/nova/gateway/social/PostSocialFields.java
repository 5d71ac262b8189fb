package nova.gateway.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nova.contracts.social.PostEngagement;
import nova.gateway.content.Post;
import nova.gateway.infra.ReportsErrors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

/**
 * Content's {@code Post} gets its likes and shares here, for every post of a response at once
 * ({@code @Source List<Post>}): a 20-post feed asking for all four fields costs one {@code /posts/engagement?ids=}
 * call ({@link SocialBatch}). With social down, these fields are null with an {@code UNAVAILABLE} error each and the
 * posts themselves still arrive.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class PostSocialFields {

    @Inject
    SocialBatch batch;

    @Name("likeCount")
    @Description("How many like this post (null with an error when the social service is unavailable)")
    public List<Integer> likeCount(@Source List<Post> posts) {
        return engaged(posts, e -> Counts.of(e.likes()));
    }

    @Name("shareCount")
    @Description("How many shared this post (null with an error when the social service is unavailable)")
    public List<Integer> shareCount(@Source List<Post> posts) {
        return engaged(posts, e -> Counts.of(e.shares()));
    }

    @Name("likedByMe")
    @Description("Whether you like this post")
    public List<Boolean> likedByMe(@Source List<Post> posts) {
        return engaged(posts, PostEngagement::likedByMe);
    }

    @Name("sharedByMe")
    @Description("Whether you shared this post")
    public List<Boolean> sharedByMe(@Source List<Post> posts) {
        return engaged(posts, PostEngagement::sharedByMe);
    }

    private <T> List<T> engaged(List<Post> posts, Function<PostEngagement, T> field) {
        List<UUID> ids = posts.stream().map(Post::postId).toList();
        return batch.engagement(ids).stream().map(e -> e == null ? null : field.apply(e)).toList();
    }
}
