package nova.gateway.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nova.contracts.content.AuthorPosts;
import nova.gateway.infra.Batched;
import nova.gateway.infra.ReportsErrors;
import nova.gateway.infra.Requester;
import nova.gateway.infra.Requesters;
import nova.gateway.profile.Profile;
import nova.gateway.profile.ProfileGroups;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

/**
 * A profile's posts as a field of the profile (issue 21: "a User has posts"): the same page as the
 * {@code postsByAuthor} query, fetched for every profile the request answers together ({@link ProfileGroups}: the
 * authors of a feed page, the people of a page) with one content call ({@code GET /posts/by-author?ids=}) per page
 * size asked — {@code a: posts(first: 1) b: posts(first: 5)} is two calls, each for all the profiles, never a page of
 * the wrong size. A page asked with {@code after} (a cursor belongs to one profile) is its own call. With content
 * down the field is null with {@code UNAVAILABLE} (one failed call, remembered) and the profile still arrives.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class ProfilePostFields {

    @Inject
    PostOperations posts;

    @Inject
    ContentClient content;

    @Inject
    Requesters requesters;

    /** The first pages one request fetched, per page size. */
    static final class FirstPages {
        private final Map<Integer, Batched<AuthorPosts>> bySize = new HashMap<>();

        synchronized Batched<AuthorPosts> of(int size) {
            return bySize.computeIfAbsent(size, s -> new Batched<>(AuthorPosts::authorId, ContentClient.MAX_IDS));
        }
    }

    @Name("posts")
    @Description("This user's posts you may see, replies included, newest first, as postsByAuthor answers")
    public PostConnection posts(@Source Profile profile, @Name("first") Integer first, @Name("after") String after) {
        if (after != null) {
            return posts.postsByAuthor(profile.getId(), first, after);
        }
        Integer limit = Pages.first(first);
        int size = limit == null ? PAGE : limit;
        Requester requester = requesters.current();
        UUID author = UUID.fromString(profile.getId());
        AuthorPosts page = requester.shared(FirstPages.class, FirstPages::new).of(size).get(author,
                () -> ProfileGroups.of(requester).around(author, Post.authorsAnswered(requester)),
                ids -> content.postsByAuthors(requester.authorization(), ids, size));
        if (page == null) { // content answers every id asked; should it not, ask for this one alone
            return posts.postsByAuthor(profile.getId(), first, null);
        }
        return new PostConnection(page.items().stream().map(p -> new Post(p, requester)).toList(), page.nextCursor());
    }

    /** The page size when {@code first} is left out: the content context's default. */
    static final int PAGE = 20;
}
