package nova.gateway.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nova.gateway.media.MediaClient;
import nova.gateway.infra.ReportsErrors;
import nova.gateway.infra.Requester;
import nova.gateway.profile.UserClient;
import nova.gateway.media.Media;
import nova.gateway.profile.Profile;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

/** An article's author and cover, fetched once for every article of the response ({@link ContentLinks}). */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class ArticleFields {

    @Inject
    UserClient users;

    @Inject
    MediaClient media;

    @Description("The author's profile")
    public Profile author(@Source Article article) {
        Requester requester = article.requester();
        var profile = ContentLinks.of(requester).profile(article.authorId(), users, requester.authorization());
        return profile == null ? null : new Profile(profile);
    }

    @Description("The cover image, if there is one you may see")
    public Media cover(@Source Article article) {
        Requester requester = article.requester();
        var cover = ContentLinks.of(requester).media(article.coverMediaId(), media, requester.authorization());
        return cover == null ? null : new Media(cover);
    }
}
