package nova.gateway.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nova.gateway.infra.Requester;
import nova.gateway.infra.UserClient;
import nova.gateway.profile.Profile;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

/** A comment's author, batched over every comment of the response (one user call); as {@link PostFields}. */
@GraphQLApi
@ApplicationScoped
public class CommentFields {

    @Inject
    UserClient users;

    @Description("The author's profile; null on a tombstone")
    public List<Profile> author(@Source List<Comment> comments) {
        Requester requester = comments.get(0).requester();
        return requester.resolve("Comment.author", () -> Lookups.profiles(users, requester.authorization(),
                comments.stream().map(Comment::authorId).toList()));
    }
}
