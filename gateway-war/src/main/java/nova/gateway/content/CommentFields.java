package nova.gateway.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nova.gateway.infra.ReportsErrors;
import nova.gateway.infra.Requester;
import nova.gateway.profile.UserClient;
import nova.gateway.profile.Profile;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

/** A comment's author, fetched once for every comment of the response ({@link ContentLinks}). */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class CommentFields {

    @Inject
    UserClient users;

    @Description("The author's profile; null on a tombstone")
    public Profile author(@Source Comment comment) {
        Requester requester = comment.requester();
        var profile = ContentLinks.of(requester).profile(comment.authorId(), users, requester.authorization());
        return profile == null ? null : new Profile(profile);
    }
}
