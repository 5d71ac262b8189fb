package nova.search.query;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import nova.contracts.search.SearchPage;
import nova.contracts.search.Suggestion;
import nova.contracts.search.TrendingHashtag;
import nova.contracts.search.TrendingPost;
import nova.platform.problem.Rejection;
import nova.platform.security.Permissions;
import nova.search.index.SearchEngine;
import nova.search.trending.TrendingCounters;

/**
 * {@link nova.contracts.search.SearchApi} for signed-in members. Each request reads the serving generation and
 * queries it in one read-only transaction, so a swap never splits a page between two generations.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.SIGNED_IN)
@Transactional
public class SearchResource {

    @Inject
    Serving serving;

    @Inject
    SearchEngine engine;

    @Inject
    TrendingCounters trending;

    @GET
    @Path("search")
    public SearchPage search(@QueryParam("q") String q, @QueryParam("kind") String kind,
                             @QueryParam("author") String author, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("hasMedia") Boolean hasMedia,
                             @QueryParam("language") String language, @QueryParam("after") String after,
                             @QueryParam("limit") Integer limit) {
        return engine.search(serving.generation(),
                SearchRequest.of(q, kind, author, from, to, hasMedia, language, after, limit));
    }

    @GET
    @Path("search/suggestions")
    public List<Suggestion> suggestions(@QueryParam("q") String q, @QueryParam("limit") Integer limit) {
        String prefix = q == null ? "" : q.strip();
        if (prefix.isEmpty() || prefix.length() > 50) {
            throw Rejection.invalidInput("q", "Between 1 and 50 characters.");
        }
        return engine.suggest(serving.generation(), prefix, SearchRequest.limit(limit, 8, 20));
    }

    @GET
    @Path("trending/hashtags")
    public List<TrendingHashtag> trendingHashtags(@QueryParam("limit") Integer limit) {
        return trending.hashtags(serving.generation(), Instant.now(), SearchRequest.limit(limit, 10, 50));
    }

    @GET
    @Path("trending/posts")
    public List<TrendingPost> trendingPosts(@QueryParam("limit") Integer limit) {
        return trending.posts(serving.generation(), Instant.now(), SearchRequest.limit(limit, 10, 50));
    }
}
