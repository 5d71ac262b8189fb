package nova.gateway.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import nova.gateway.infra.Caller;
import nova.gateway.infra.MediaClient;
import nova.gateway.infra.ReportsErrors;
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
 * themselves still arrive.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class PostFields {

    @Inject
    Caller caller;

    @Inject
    UserClient users;

    @Inject
    MediaClient media;

    @Inject
    ContentClient content;

    @Description("The author's profile (null if the user context no longer knows them)")
    public List<Profile> author(@Source List<Post> posts) {
        return Lookups.profiles(users, caller.requireAuthorization(), posts.stream().map(Post::authorId).toList());
    }

    @Description("The attached media you may see, in the author's order")
    public List<List<Media>> media(@Source List<Post> posts) {
        return Lookups.media(media, caller.requireAuthorization(),
                posts.stream().map(p -> p.contract().mediaIds()).toList());
    }

    @Description("The post this one answers, if you may see it")
    public List<Post> replyTo(@Source List<Post> posts) {
        return Lookups.posts(content, caller.requireAuthorization(),
                posts.stream().map(p -> p.contract().replyToId()).toList());
    }

    @Description("The post this one quotes, if you may see it")
    public List<Post> quoteOf(@Source List<Post> posts) {
        return Lookups.posts(content, caller.requireAuthorization(),
                posts.stream().map(p -> p.contract().quoteOfId()).toList());
    }

}
