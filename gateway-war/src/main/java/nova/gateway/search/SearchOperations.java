package nova.gateway.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nova.contracts.search.SearchPage;
import nova.contracts.user.UserProfile;
import nova.gateway.content.Article;
import nova.gateway.content.ContentClient;
import nova.gateway.content.Post;
import nova.gateway.infra.ApiError;
import nova.gateway.infra.Paging;
import nova.gateway.infra.Requester;
import nova.gateway.infra.Requesters;
import nova.gateway.infra.ReportsErrors;
import nova.gateway.profile.UserClient;
import nova.gateway.profile.Profile;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * Search, trending and type-ahead. The search context answers ids; each hit is shown as its owner shows it to the
 * caller (content for posts and articles, the user context for users), so a hit the caller may not see is left out
 * of the page (its cursor kept, so the next page starts where it should). Posts take one content call per page,
 * users one user call; articles one content call each (content has no batch read of articles).
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class SearchOperations {

    static final int MAX_PAGE = 100;
    static final int MAX_TRENDING = 50;
    static final int MAX_SUGGESTIONS = 20;

    @Inject
    Requesters requesters;

    @Inject
    SearchClient search;

    @Inject
    ContentClient content;

    @Inject
    UserClient users;

    @Query("search")
    @Description("Full-text search of public posts and articles (kind left out: both), users or hashtags, best match "
            + "first: 'first' per page (1-" + MAX_PAGE + ", 20 when left out), 'after' the endCursor of the page before. "
            + "Only what is public and whose author is discoverable is found. VALIDATION_FAILED for bad input")
    public @NonNull SearchConnection search(@Name("query") @NonNull String query, @Name("kind") SearchKind kind,
                                            @Name("filter") SearchFilter filter, @Name("first") Integer first,
                                            @Name("after") String after) {
        Requester requester = requesters.current();
        String authorization = requester.authorization();
        SearchFilter f = filter == null ? new SearchFilter() : filter;
        String wireKind = kind == null ? null : kind.wire();
        var paged = Paging.fetch(bounded("first", first, MAX_PAGE), after, (a, n) -> search.search(authorization,
                query, wireKind, f.getAuthor(), f.getFrom(), f.getTo(), f.getHasMedia(), f.getLanguage(), a, n),
                SearchPage::items, SearchPage::nextCursor, SearchPage::new);
        SearchPage page = paged.page();
        List<Integer> positions = new ArrayList<>();
        List<SearchHit> nodes = hydrate(requester, page.items(), positions);
        return new SearchConnection(nodes, page.nextCursor(), paged.window().cursors(positions, page.nextCursor()));
    }

    @Query("trendingHashtags")
    @Description("The hashtags trending now, best first ('first' 1-" + MAX_TRENDING + ", 10 when left out)")
    public @NonNull List<@NonNull TrendingHashtag> trendingHashtags(@Name("first") Integer first) {
        String authorization = requesters.current().authorization();
        return search.trendingHashtags(authorization, bounded("first", first, MAX_TRENDING)).stream()
                .map(TrendingHashtag::new).toList();
    }

    @Query("trendingPosts")
    @Description("The public posts trending now, best first ('first' 1-" + MAX_TRENDING + ", 10 when left out); "
            + "only those you may see")
    public @NonNull List<@NonNull TrendingPost> trendingPosts(@Name("first") Integer first) {
        Requester requester = requesters.current();
        String authorization = requester.authorization();
        List<nova.contracts.search.TrendingPost> trending = search.trendingPosts(authorization,
                bounded("first", first, MAX_TRENDING));
        if (trending.isEmpty()) {
            return List.of();
        }
        Map<UUID, nova.contracts.content.Post> found = posts(authorization,
                trending.stream().map(nova.contracts.search.TrendingPost::postId).toList());
        return trending.stream().filter(t -> found.containsKey(t.postId()))
                .map(t -> new TrendingPost(new Post(found.get(t.postId()), requester), t.score())).toList();
    }

    @Query("typeahead")
    @Description("Users and hashtags whose name starts with 'query' (a leading @ asks for users only, # for hashtags "
            + "only); 'first' 1-" + MAX_SUGGESTIONS + ", 8 when left out")
    public @NonNull List<@NonNull Suggestion> typeahead(@Name("query") @NonNull String query,
                                                        @Name("first") Integer first) {
        String authorization = requesters.current().authorization();
        return search.suggestions(authorization, query, bounded("first", first, MAX_SUGGESTIONS)).stream()
                .map(Suggestion::new).toList();
    }

    /** The hits still there as nodes; {@code positions} gets each node's position in {@code hits}. */
    private List<SearchHit> hydrate(Requester requester, List<nova.contracts.search.SearchHit> hits,
                                    List<Integer> positions) {
        String authorization = requester.authorization();
        Map<UUID, nova.contracts.content.Post> posts = posts(authorization, ids(hits, "post"));
        Set<UUID> userIds = ids(hits, "user");
        Map<UUID, UserProfile> profiles = userIds.isEmpty() ? Map.of() : users.byIds(authorization, userIds).stream()
                .collect(Collectors.toMap(UserProfile::id, Function.identity(), (one, again) -> one));
        List<SearchHit> nodes = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            nova.contracts.search.SearchHit hit = hits.get(i);
            int before = nodes.size();
            switch (hit.kind()) {
                case "post" -> {
                    nova.contracts.content.Post post = posts.get(UUID.fromString(hit.id()));
                    if (post != null) {
                        nodes.add(new SearchHit(hit, new Post(post, requester), null, null));
                    }
                }
                case "article" -> article(requester, UUID.fromString(hit.id()))
                        .ifPresent(article -> nodes.add(new SearchHit(hit, null, article, null)));
                case "user" -> {
                    UserProfile profile = profiles.get(UUID.fromString(hit.id()));
                    if (profile != null) {
                        nodes.add(new SearchHit(hit, null, null, new Profile(profile)));
                    }
                }
                default -> nodes.add(new SearchHit(hit, null, null, null));
            }
            if (nodes.size() > before) {
                positions.add(i);
            }
        }
        return nodes;
    }

    private Map<UUID, nova.contracts.content.Post> posts(String authorization, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return content.posts(authorization, ids).stream()
                .filter(p -> "visible".equals(p.state()))
                .collect(Collectors.toMap(nova.contracts.content.Post::id, Function.identity(), (one, again) -> one));
    }

    private java.util.Optional<Article> article(Requester requester, UUID id) {
        try {
            return java.util.Optional.of(new Article(content.article(requester.authorization(), id), requester));
        } catch (ApiError e) {
            if (e.code() == ApiError.Code.NOT_FOUND) {
                return java.util.Optional.empty(); // deleted or hidden since it was indexed
            }
            throw e;
        }
    }

    private static Set<UUID> ids(List<nova.contracts.search.SearchHit> hits, String kind) {
        return hits.stream().filter(h -> kind.equals(h.kind())).map(h -> UUID.fromString(h.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Integer bounded(String field, Integer value, int max) {
        if (value != null && (value < 1 || value > max)) {
            throw new ApiError(ApiError.Code.VALIDATION_FAILED, "One or more fields are invalid.",
                    List.of(new ApiError.FieldError(field, "must be between 1 and " + max)));
        }
        return value;
    }
}
