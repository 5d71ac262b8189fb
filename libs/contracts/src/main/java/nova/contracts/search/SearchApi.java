package nova.contracts.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The search context's API (config key {@code search}). Every call carries the caller's access token
 * ({@code authorization} is the whole header value, {@code Bearer <jwt>}); 401 without a valid one. Errors are
 * problem+json: 400 {@code invalid-input} with field errors. Only what is public and discoverable is ever found.
 * The operator's rebuild ({@code POST /search/rebuilds}, {@code GET /search/rebuilds/current}, HTTP Basic with
 * the operator account) is not part of this client: nobody but the operator calls it.
 */
@RegisterRestClient(configKey = "search")
@Produces(MediaType.APPLICATION_JSON)
public interface SearchApi {

    /**
     * Full-text search. {@code q} 1–200 characters (required); {@code kind} {@code post|article|user|hashtag}
     * (absent: posts and articles); {@code author} a user UUID; {@code from}/{@code to} ISO-8601 instants
     * (created at, {@code from} inclusive, {@code to} exclusive); {@code hasMedia}; {@code language} a BCP-47
     * primary tag (e.g. {@code en}); {@code after} the previous page's {@code nextCursor}; {@code limit} 1–100
     * (default 20). Best first.
     */
    @GET
    @Path("search")
    SearchPage search(@HeaderParam("Authorization") String authorization, @QueryParam("q") String q,
                      @QueryParam("kind") String kind, @QueryParam("author") String author,
                      @QueryParam("from") String from, @QueryParam("to") String to,
                      @QueryParam("hasMedia") Boolean hasMedia, @QueryParam("language") String language,
                      @QueryParam("after") String after, @QueryParam("limit") Integer limit);

    /** Type-ahead: users whose username or display name and hashtags that start with {@code q} (1–50 characters; a leading {@code @} or {@code #} narrows to one kind); {@code limit} 1–20 (default 8). */
    @GET
    @Path("search/suggestions")
    List<Suggestion> suggestions(@HeaderParam("Authorization") String authorization, @QueryParam("q") String q,
                                 @QueryParam("limit") Integer limit);

    /** The hashtags trending now, best first; {@code limit} 1–50 (default 10). */
    @GET
    @Path("trending/hashtags")
    List<TrendingHashtag> trendingHashtags(@HeaderParam("Authorization") String authorization,
                                           @QueryParam("limit") Integer limit);

    /** The public posts trending now, best first; {@code limit} 1–50 (default 10). */
    @GET
    @Path("trending/posts")
    List<TrendingPost> trendingPosts(@HeaderParam("Authorization") String authorization,
                                     @QueryParam("limit") Integer limit);
}
