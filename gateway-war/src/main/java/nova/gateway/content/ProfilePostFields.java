package nova.gateway.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nova.gateway.infra.ReportsErrors;
import nova.gateway.profile.Profile;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

/**
 * A profile's posts as a field of the profile (issue 21: "a User has posts"): the same page as the
 * {@code postsByAuthor} query, one content call per profile asked. With content down the field is null with
 * {@code UNAVAILABLE} and the profile still arrives.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class ProfilePostFields {

    @Inject
    PostOperations posts;

    @Name("posts")
    @Description("This user's posts you may see, replies included, newest first, as postsByAuthor answers")
    public PostConnection posts(@Source Profile profile, @Name("first") Integer first, @Name("after") String after) {
        return posts.postsByAuthor(profile.getId(), first, after);
    }
}
