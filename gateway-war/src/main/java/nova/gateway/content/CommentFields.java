package nova.gateway.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nova.gateway.infra.Caller;
import nova.gateway.infra.ReportsErrors;
import nova.gateway.infra.UserClient;
import nova.gateway.profile.Profile;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

/** A comment's author, batched over every comment of the response (one user call). */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class CommentFields {

    @Inject
    Caller caller;

    @Inject
    UserClient users;

    @Description("The author's profile; null on a tombstone")
    public List<Profile> author(@Source List<Comment> comments) {
        return Lookups.profiles(users, caller.requireAuthorization(), comments.stream().map(Comment::authorId).toList());
    }
}
