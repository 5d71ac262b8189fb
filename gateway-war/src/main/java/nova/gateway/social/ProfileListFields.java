package nova.gateway.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nova.contracts.social.Account;
import nova.contracts.social.MemberAccounts;
import nova.contracts.user.UserProfile;
import nova.gateway.content.Post;
import nova.gateway.infra.Batched;
import nova.gateway.infra.Caller;
import nova.gateway.infra.ReportsErrors;
import nova.gateway.infra.Requester;
import nova.gateway.infra.Requesters;
import nova.gateway.profile.Profile;
import nova.gateway.profile.ProfileGroups;
import nova.gateway.profile.UserClient;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

/**
 * A profile's followers and the people it follows, as fields of the profile (issue 21: "a User has posts, followers,
 * following"): the same pages as the {@code followers} and {@code following} queries, fetched for every profile the
 * request answers together ({@link ProfileGroups}: the authors of a feed page, the people of a page) — one social call
 * ({@code GET /users/followers?ids=}, {@code /users/following?ids=}) per list and page size asked, and one user call
 * ({@code /users?ids=}) for the people of all those pages. Aliases with other sizes ({@code a: followers(first: 1)
 * b: followers(first: 5)}) are one call each, for all the profiles; a page asked with {@code after} (a cursor belongs
 * to one profile) is its own call, as is a profile social leaves out of a batch (blocked either way: {@code NOT_FOUND},
 * as the single query says). With social or user down the field is null with {@code UNAVAILABLE} and the profile
 * still arrives.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class ProfileListFields {

    @Inject
    RelationshipOperations relationships;

    @Inject
    SocialClient social;

    @Inject
    UserClient users;

    @Inject
    Caller caller;

    @Inject
    Requesters requesters;

    @Inject
    SocialBatch batch;

    /** The page size when {@code first} is left out: the social context's default. */
    static final int PAGE = 20;

    /** What one request fetched: first pages per list and page size, and the profiles of the people on them. */
    static final class FirstPages {
        private final Map<String, Batched<MemberAccounts>> byListAndSize = new HashMap<>();
        private final Set<UUID> people = new LinkedHashSet<>();
        private final Batched<UserProfile> profiles = new Batched<>(UserProfile::id, SocialClient.MAX_IDS);

        synchronized Batched<MemberAccounts> of(String list, int size) {
            return byListAndSize.computeIfAbsent(list + "/" + size, k -> new Batched<>(MemberAccounts::userId, SocialClient.MAX_IDS));
        }
    }

    @Name("followers")
    @Description("Who follows this user, newest first, as the followers query answers")
    public ProfileConnection followers(@Source Profile profile, @Name("first") Integer first, @Name("after") String after) {
        if (after != null) {
            return relationships.followers(profile.getId(), first, after);
        }
        ProfileConnection page = firstPage("followers", profile, first);
        return page != null ? page : relationships.followers(profile.getId(), first, null);
    }

    @Name("following")
    @Description("Whom this user follows, newest first, as the following query answers")
    public ProfileConnection following(@Source Profile profile, @Name("first") Integer first, @Name("after") String after) {
        if (after != null) {
            return relationships.following(profile.getId(), first, after);
        }
        ProfileConnection page = firstPage("following", profile, first);
        return page != null ? page : relationships.following(profile.getId(), first, null);
    }

    /** The first page of {@code list}, fetched with those of the profiles answered together; null if social left it out. */
    private ProfileConnection firstPage(String list, Profile profile, Integer first) {
        Integer limit = Arguments.first(first);
        int size = limit == null ? PAGE : limit;
        String authorization = caller.requireAuthorization();
        Requester requester = requesters.current();
        UUID member = UUID.fromString(profile.getId());
        FirstPages pages = requester.shared(FirstPages.class, FirstPages::new);
        MemberAccounts page = pages.of(list, size).get(member,
                () -> ProfileGroups.of(requester).around(member, Post.authorsAnswered(requester)),
                ids -> {
                    List<MemberAccounts> found = "followers".equals(list)
                            ? social.followersOf(authorization, ids, size) : social.followingOf(authorization, ids, size);
                    synchronized (pages) {
                        found.forEach(f -> f.items().forEach(a -> pages.people.add(a.userId())));
                    }
                    return found;
                });
        if (page == null) {
            return null;
        }
        List<UUID> ids = page.items().stream().map(Account::userId).distinct().toList();
        List<UUID> everyone;
        synchronized (pages) {
            everyone = List.copyOf(pages.people);
        }
        // one user call for the people of every page fetched so far (the first page's field asks for all of them)
        pages.profiles.getAll(everyone, missing -> users.byIds(authorization, missing));
        Map<UUID, UserProfile> found = new HashMap<>();
        List<UserProfile> answers = pages.profiles.getAll(ids, missing -> users.byIds(authorization, missing));
        for (int i = 0; i < ids.size(); i++) {
            found.put(ids.get(i), answers.get(i));
        }
        List<Profile> nodes = ids.stream().map(found::get).filter(Objects::nonNull).map(Profile::new).toList();
        batch.expectPeople(everyone); // their counts, relationships and lists: one call for all the pages' people
        return new ProfileConnection(nodes, page.nextCursor());
    }
}
