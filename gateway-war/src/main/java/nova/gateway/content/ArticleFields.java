package nova.gateway.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nova.gateway.infra.MediaClient;
import nova.gateway.infra.Requester;
import nova.gateway.infra.UserClient;
import nova.gateway.media.Media;
import nova.gateway.profile.Profile;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

/** An article's author and cover, batched over every article of the response (one call each); as {@link PostFields}. */
@GraphQLApi
@ApplicationScoped
public class ArticleFields {

    @Inject
    UserClient users;

    @Inject
    MediaClient media;

    @Description("The author's profile")
    public List<Profile> author(@Source List<Article> articles) {
        Requester requester = articles.get(0).requester();
        return requester.resolve("Article.author", () -> Lookups.profiles(users, requester.authorization(),
                articles.stream().map(Article::authorId).toList()));
    }

    @Description("The cover image, if there is one you may see")
    public List<Media> cover(@Source List<Article> articles) {
        Requester requester = articles.get(0).requester();
        return requester.resolve("Article.cover", () -> Lookups.oneMediaEach(media, requester.authorization(),
                articles.stream().map(Article::coverMediaId).toList()));
    }
}
