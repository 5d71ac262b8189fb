package nova.social.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import nova.contracts.social.FeedPage;
import nova.platform.security.Permissions;
import nova.social.infra.Caller;
import nova.social.infra.PageRequest;

/** {@code GET /feed} of {@link nova.contracts.social.SocialApi}: the caller's own home feed, nobody else's. */
@Path("feed")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.SIGNED_IN)
public class FeedResource {

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Inject
    FeedService feeds;

    @GET
    public FeedPage feed(@QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        PageRequest page = PageRequest.of(after, limit);
        return feeds.read(Caller.of(security, headers).id(), page);
    }
}
