package nova.gateway.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nova.gateway.infra.ReportsErrors;
import nova.gateway.profile.Profile;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

/**
 * A profile's followers and the people it follows, as fields of the profile (issue 21: "a User has posts, followers,
 * following"): the same pages as the {@code followers} and {@code following} queries, one social call and one user call
 * per profile asked (a page of people, not batched across profiles). With social down the field is null with
 * {@code UNAVAILABLE} and the profile still arrives.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class ProfileListFields {

    @Inject
    RelationshipOperations relationships;

    @Name("followers")
    @Description("Who follows this user, newest first, as the followers query answers")
    public ProfileConnection followers(@Source Profile profile, @Name("first") Integer first, @Name("after") String after) {
        return relationships.followers(profile.getId(), first, after);
    }

    @Name("following")
    @Description("Whom this user follows, newest first, as the following query answers")
    public ProfileConnection following(@Source Profile profile, @Name("first") Integer first, @Name("after") String after) {
        return relationships.following(profile.getId(), first, after);
    }
}
