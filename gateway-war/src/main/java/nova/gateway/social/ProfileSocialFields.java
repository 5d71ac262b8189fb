package nova.gateway.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nova.contracts.social.RelationshipCounts;
import nova.gateway.content.Post;
import nova.gateway.infra.ReportsErrors;
import nova.gateway.profile.Profile;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

/**
 * {@code Profile}'s social fields. The counts of a page of people (followers, following, likers, requests) cost one
 * {@code /users/counts?ids=} call and their relationships to the caller one {@code /relationships?ids=} call: the page
 * tells {@link SocialBatch} its people, and the first field asked fetches them all. The authors of the posts,
 * articles and comments of a response are fetched together the same way ({@link Post#authorsAnswered}); a profile
 * elsewhere ({@code me}, {@code user}) costs one call per kind. Not {@code @Source List<Profile>}: see
 * {@link nova.gateway.infra.Batched}. With social down, these fields are null with an {@code UNAVAILABLE} error each
 * and the rest of the profile still arrives.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class ProfileSocialFields {

    @Inject
    SocialBatch batch;

    @Name("followerCount")
    @Description("How many follow this user (null with an error when the social service is unavailable)")
    public Integer followerCount(@Source Profile profile) {
        RelationshipCounts counts = batch.counts(UUID.fromString(profile.getId()));
        return counts == null ? null : Counts.of(counts.followers());
    }

    @Name("followingCount")
    @Description("How many this user follows (null with an error when the social service is unavailable)")
    public Integer followingCount(@Source Profile profile) {
        RelationshipCounts counts = batch.counts(UUID.fromString(profile.getId()));
        return counts == null ? null : Counts.of(counts.following());
    }

    @Name("relationship")
    @Description("How you and this user stand (all false for yourself)")
    public Relationship relationship(@Source Profile profile) {
        nova.contracts.social.Relationship relationship = batch.relationship(UUID.fromString(profile.getId()));
        return relationship == null ? null : new Relationship(relationship);
    }
}
