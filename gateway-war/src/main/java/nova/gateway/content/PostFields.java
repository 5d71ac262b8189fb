package nova.gateway.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nova.gateway.infra.MediaClient;
import nova.gateway.infra.Requester;
import nova.gateway.infra.UserClient;
import nova.gateway.media.Media;
import nova.gateway.profile.Profile;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

/**
 * A post's links to other contexts and other posts, each batched over every post of the response: one user call
 * for all authors, one media call for all attachments, one content call for all reply targets and one for all
 * quoted posts — never one per post. With a context down the field carries {@code UNAVAILABLE} and the posts
 * themselves still arrive. The token and the error notes come from the posts' {@link Requester}, never from the
 * request-scoped beans (the engine runs batches outside this request's context); so no {@code @ReportsErrors}
 * here: {@link Requester#resolve} does its part.
 */
@GraphQLApi
@ApplicationScoped
public class PostFields {

    @Inject
    UserClient users;

    @Inject
    MediaClient media;

    @Inject
    ContentClient content;

    @Description("The author's profile (null if the user context no longer knows them)")
    public List<Profile> author(@Source List<Post> posts) {
        Requester requester = requesterOf(posts);
        return requester.resolve("Post.author", () -> Lookups.profiles(users, requester.authorization(),
                posts.stream().map(Post::authorId).toList()));
    }

    @Description("The attached media you may see, in the author's order")
    public List<List<Media>> media(@Source List<Post> posts) {
        Requester requester = requesterOf(posts);
        return requester.resolve("Post.media", () -> Lookups.media(media, requester.authorization(),
                posts.stream().map(p -> p.contract().mediaIds()).toList()));
    }

    @Description("The post this one answers, if you may see it")
    public List<Post> replyTo(@Source List<Post> posts) {
        Requester requester = requesterOf(posts);
        return requester.resolve("Post.replyTo", () -> Lookups.posts(content, requester,
                posts.stream().map(p -> p.contract().replyToId()).toList()));
    }

    @Description("The post this one quotes, if you may see it")
    public List<Post> quoteOf(@Source List<Post> posts) {
        Requester requester = requesterOf(posts);
        return requester.resolve("Post.quoteOf", () -> Lookups.posts(content, requester,
                posts.stream().map(p -> p.contract().quoteOfId()).toList()));
    }

    /** Every post of one response was answered to the same request. */
    static Requester requesterOf(List<Post> posts) {
        return posts.get(0).requester();
    }
}
