package nova.gateway.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nova.contracts.social.FeedItem;
import nova.contracts.social.FeedPage;
import nova.gateway.content.ContentClient;
import nova.gateway.content.Post;
import nova.gateway.content.PostConnection;
import nova.gateway.content.PostLinks;
import nova.gateway.infra.Background;
import nova.gateway.infra.Caller;
import nova.gateway.infra.Paging;
import nova.gateway.infra.ReportsErrors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * The home feed: one page of post ids from the social context (newest first, keyset, muted and blocked authors left
 * out), hydrated with one content call ({@code /posts?ids=}), which checks visibility under the caller's token: a post
 * deleted or hidden since it reached the feed is left out, the cursor kept.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class FeedQuery {

    @Inject
    Caller caller;

    @Inject
    SocialClient social;

    @Inject
    ContentClient content;

    @Inject
    nova.gateway.infra.Requesters requesters;

    @Inject
    SocialBatch batch;

    @Inject
    PostLinks links;

    @Inject
    Background background;

    @Query("feed")
    @Description("Your home feed, newest first: posts of those you follow and what they shared (each post once). 'first' "
            + "per page (1-" + Arguments.MAX_PAGE + ", 20 when left out), 'after' the endCursor of the page before; the "
            + "pages stay stable while new posts arrive")
    public @NonNull PostConnection feed(@Name("first") Integer first, @Name("after") String after) {
        String authorization = caller.requireAuthorization();
        var paged = Paging.fetch(Arguments.first(first), after, (a, n) -> social.feed(authorization, a, n),
                FeedPage::items, FeedPage::nextCursor, FeedPage::new);
        FeedPage page = paged.page();
        Set<UUID> ids = page.items().stream().map(FeedItem::postId).collect(Collectors.toCollection(LinkedHashSet::new));
        if (ids.isEmpty()) {
            return new PostConnection(List.of(), page.nextCursor());
        }
        nova.gateway.infra.Requester requester = requesters.current();
        // the authors, media and engagement of the page do not depend on each other: when the document asks for them,
        // start their calls side by side rather than one after another as the engine reaches each field. The page
        // names its posts and their authors already, so the engagement and authors calls run on other threads while
        // content answers the posts here. The media call needs content's answer (the attachments' ids) and nothing
        // else is left to wait for then: the first media field makes it on this thread (one call for every post's
        // media, as without fetching ahead), sparing a hand-off to another thread
        if (caller.asksFor("likeCount", "shareCount", "likedByMe", "sharedByMe")) {
            batch.prefetchEngagement(ids, background);
        }
        if (caller.asksFor("author")) {
            links.prefetchAuthors(requester, page.items().stream().map(FeedItem::authorId).filter(Objects::nonNull)
                    .distinct().toList());
        }
        Map<UUID, nova.contracts.content.Post> found = content.posts(authorization, ids).stream()
                .collect(Collectors.toMap(nova.contracts.content.Post::id, Function.identity(), (one, again) -> one));
        List<Post> nodes = ids.stream().map(found::get).filter(Objects::nonNull).map(post -> new Post(post, requester)).toList();
        return new PostConnection(nodes, page.nextCursor(), Paging.cursors(paged.window(),
                page.items().stream().map(FeedItem::postId).toList(),
                nodes.stream().map(p -> UUID.fromString(p.getId())).toList(), page.nextCursor()));
    }
}
