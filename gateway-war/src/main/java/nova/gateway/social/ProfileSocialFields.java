package nova.gateway.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nova.contracts.social.RelationshipCounts;
import nova.gateway.infra.ReportsErrors;
import nova.gateway.profile.Profile;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

/**
 * {@code Profile}'s social fields, resolved for every profile of a response at once ({@code @Source List<Profile>}):
 * the counts of a page of profiles cost one {@code /users/counts?ids=} call, their relationships to the caller one
 * {@code /relationships?ids=} call ({@link SocialBatch}). With social down, these fields are null with an
 * {@code UNAVAILABLE} error each and the rest of the profile still arrives.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class ProfileSocialFields {

    @Inject
    SocialBatch batch;

    @Name("followerCount")
    @Description("How many follow this user (null with an error when the social service is unavailable)")
    public List<Integer> followerCount(@Source List<Profile> profiles) {
        return counted(profiles, RelationshipCounts::followers);
    }

    @Name("followingCount")
    @Description("How many this user follows (null with an error when the social service is unavailable)")
    public List<Integer> followingCount(@Source List<Profile> profiles) {
        return counted(profiles, RelationshipCounts::following);
    }

    @Name("relationship")
    @Description("How you and this user stand (all false for yourself)")
    public List<Relationship> relationship(@Source List<Profile> profiles) {
        return batch.relationships(ids(profiles)).stream().map(r -> r == null ? null : new Relationship(r)).toList();
    }

    private List<Integer> counted(List<Profile> profiles, Function<RelationshipCounts, Long> count) {
        return batch.counts(ids(profiles)).stream().map(c -> c == null ? null : Counts.of(count.apply(c))).toList();
    }

    static List<UUID> ids(List<Profile> profiles) {
        return profiles.stream().map(p -> UUID.fromString(p.getId())).toList();
    }
}
