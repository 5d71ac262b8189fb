package nova.content.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nova.content.infra.Caller;
import nova.content.infra.ItemIds;
import nova.content.infra.Page;
import nova.contracts.content.Article;
import nova.contracts.content.ArticleDraft;
import nova.contracts.content.ArticleEdit;
import nova.contracts.content.ArticlePage;
import nova.contracts.content.ContentVersion;
import nova.platform.security.Permissions;

/**
 * The article paths of {@link nova.contracts.content.ContentApi}, for signed-in members: drafts are their
 * author's alone (404 for others), published articles everyone's; only the author changes an article.
 */
@Path("articles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.SIGNED_IN)
public class ArticleResource {

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Inject
    ArticleService articles;

    /** 201 with the new draft. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ArticleDraft draft) {
        Article created = articles.create(caller(), draft);
        return Response.created(uri.getBaseUriBuilder().path("articles").path(created.id().toString()).build())
                .entity(created).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Article edit(@PathParam("id") String id, ArticleEdit edit) {
        return articles.edit(caller(), ItemIds.inPath(id, "article"), edit);
    }

    @POST
    @Path("{id}/publish")
    public Article publish(@PathParam("id") String id) {
        return articles.publish(caller(), ItemIds.inPath(id, "article"));
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") String id) {
        articles.delete(caller(), ItemIds.inPath(id, "article"));
    }

    @GET
    @Path("{id}")
    public Article byId(@PathParam("id") String id) {
        return articles.read(caller(), ItemIds.inPath(id, "article"));
    }

    @GET
    @Path("by-slug/{slug}")
    public Article bySlug(@PathParam("slug") String slug) {
        return articles.bySlug(caller(), slug);
    }

    @GET
    @Path("by-author/{userId}")
    public ArticlePage byAuthor(@PathParam("userId") String userId, @QueryParam("after") String after,
                                @QueryParam("limit") Integer limit) {
        Page page = Page.of(after, limit);
        return articles.byAuthor(caller(), ItemIds.inPath(userId, "user"), page);
    }

    @GET
    @Path("{id}/versions")
    public List<ContentVersion> versions(@PathParam("id") String id) {
        return articles.versions(caller(), ItemIds.inPath(id, "article"));
    }

    private Caller caller() {
        return Caller.of(security, headers);
    }
}
