package nova.gateway.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nova.contracts.user.UserProfile;
import nova.gateway.infra.ApiError;
import nova.gateway.infra.Caller;
import nova.gateway.infra.ReportsErrors;
import nova.gateway.profile.UserClient;
import nova.gateway.infra.Requesters;
import nova.gateway.infra.UserIds;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * Profiles, answered by the user context with the caller's own token: every one of these needs
 * {@code Authorization}, and without it answers {@code UNAUTHENTICATED} without calling anyone.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class ProfileQuery {

    /**
     * Wider than any username identity accepts, narrow enough that the path segment stays one segment:
     * anything else names nobody and is answered without a call.
     */
    private static final Pattern PLAUSIBLE_USERNAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    @Inject
    Caller caller;

    @Inject
    UserClient users;

    @Inject
    Requesters requesters;

    @Query("me")
    @Description("The caller's own profile; needs 'Authorization: Bearer <accessToken>'")
    public Profile me() {
        return new Profile(users.me(caller.requireAuthorization()));
    }

    @Query("user")
    @Description("A user's profile by id; NOT_FOUND if there is none (or it is not there yet)")
    public Profile user(@Name("id") @Id @NonNull String id) {
        String authorization = caller.requireAuthorization();
        return new Profile(users.byId(authorization, UserIds.parse(id)));
    }

    @Query("userByUsername")
    @Description("A user's profile by username, in any letter case; NOT_FOUND if there is none")
    public Profile userByUsername(@Name("username") @NonNull String username) {
        String authorization = caller.requireAuthorization();
        if (!PLAUSIBLE_USERNAME.matcher(username).matches()) {
            throw new ApiError(ApiError.Code.NOT_FOUND, "There is no user with this username.");
        }
        return new Profile(users.byUsername(authorization, username));
    }

    /**
     * The ids are {@code [String!]!}, not {@code [ID!]!}: Liberty's SmallRye GraphQL 1.0 builds the schema for
     * {@code @Id} on a list but then refuses every non-empty list at run time (a TransformException reported
     * as a validation error; microprofile-graphql#341).
     */
    @Query("users")
    @Description("Several profiles at once by their ids (at most " + UserClient.MAX_IDS + "), in the order asked, each "
            + "once; ids that name nobody are left out. VALIDATION_FAILED for more ids")
    public @NonNull List<@NonNull Profile> users(@Name("ids") @NonNull List<@NonNull String> ids) {
        String authorization = caller.requireAuthorization();
        Set<UUID> wanted = wanted(ids);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<UUID, UserProfile> found = users.byIds(authorization, wanted).stream()
                .collect(Collectors.toMap(UserProfile::id, Function.identity(), (first, again) -> first));
        List<Profile> profiles = wanted.stream().map(found::get).filter(Objects::nonNull).map(Profile::new).toList();
        // answered together: their posts, followers and following are fetched for all of them at once
        ProfileGroups.of(requesters.current()).expect(profiles.stream().map(p -> UUID.fromString(p.getId())).toList());
        return profiles;
    }

    /** The distinct well-formed ids in the order asked; more than the user context takes is refused. */
    static Set<UUID> wanted(List<String> ids) {
        if (ids.size() > UserClient.MAX_IDS) {
            throw new ApiError(ApiError.Code.VALIDATION_FAILED, "One or more fields are invalid.",
                    List.of(new ApiError.FieldError("ids", "at most " + UserClient.MAX_IDS + " ids at once")));
        }
        Set<UUID> wanted = new LinkedHashSet<>();
        ids.forEach(id -> UserIds.tryParse(id).ifPresent(wanted::add));
        return wanted;
    }
}
