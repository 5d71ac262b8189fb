package nova.gateway.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import nova.gateway.media.MediaClient;
import nova.gateway.infra.ReportsErrors;
import nova.gateway.infra.Requester;
import nova.gateway.profile.UserClient;
import nova.gateway.media.Media;
import nova.gateway.profile.Profile;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

/**
 * A post's links to other contexts and other posts. Each is fetched once for every post of the response
 * ({@link ContentLinks}): one user call for all authors, one media call for all attachments, one content call for all
 * reply targets and quoted posts — never one per post. With a context down the field carries {@code UNAVAILABLE}
 * and the posts themselves still arrive.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class PostFields {

    @Inject
    UserClient users;

    @Inject
    MediaClient media;

    @Inject
    ContentClient content;

    @Description("The author's profile (null if the user context no longer knows them)")
    public Profile author(@Source Post post) {
        Requester requester = post.requester();
        var profile = ContentLinks.of(requester).profile(post.authorId(), users, requester.authorization());
        return profile == null ? null : new Profile(profile);
    }

    @Description("The attached media you may see, in the author's order")
    public List<Media> media(@Source Post post) {
        Requester requester = post.requester();
        ContentLinks links = ContentLinks.of(requester);
        return post.contract().mediaIds().stream().map(id -> links.media(id, media, requester.authorization()))
                .filter(Objects::nonNull).map(Media::new).toList();
    }

    @Description("Deprecated: use directReplies, the same replies as a connection with cursors (this list holds at "
            + "most 200). The direct replies to this post you may see, in thread order, tombstones in place (one "
            + "content call for every post of the response)")
    @Deprecated // Liberty's SmallRye GraphQL 1.0 does not print it (README, Batching): the description says it instead
    public List<Post> replies(@Source Post post) {
        return ReplyBatch.of(post.requester()).replies(post, content);
    }

    @Description("The direct replies to this post you may see, oldest first as its thread shows them, tombstones in "
            + "place: 'first' per page (1-" + Pages.MAX_PAGE + ", 20 when left out), 'after' any edge's cursor or "
            + "pageInfo.endCursor (the first pages of every post of the response: one content call per page size)")
    public PostConnection directReplies(@Source Post post, @org.eclipse.microprofile.graphql.Name("first") Integer first,
                                        @org.eclipse.microprofile.graphql.Name("after") String after) {
        return ReplyBatch.of(post.requester()).directReplies(post, content, first, after);
    }

    @Description("The post this one answers, if you may see it")
    public Post replyTo(@Source Post post) {
        return linked(post, post.contract().replyToId());
    }

    @Description("The post this one quotes, if you may see it")
    public Post quoteOf(@Source Post post) {
        return linked(post, post.contract().quoteOfId());
    }

    private Post linked(Post post, java.util.UUID id) {
        Requester requester = post.requester();
        var found = ContentLinks.of(requester).post(id, content, requester.authorization());
        return found == null ? null : new Post(found, requester);
    }
}
