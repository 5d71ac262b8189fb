package nova.content.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import nova.contracts.content.ModerationDecision;
import nova.contracts.content.Report;
import nova.contracts.content.ReportPage;
import nova.platform.security.Permissions;

/**
 * The moderators' paths of {@link nova.contracts.content.ModerationApi}: the queue, decisions on items, dismissals.
 * Only holders of {@code moderate_content} (403 for every other member).
 */
@Path("moderation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.MODERATE_CONTENT)
public class ModerationResource {

    @Context
    SecurityContext security;

    @Inject
    ModerationService moderation;

    @GET
    @Path("reports")
    public ReportPage queue(@QueryParam("status") String status, @QueryParam("after") String after,
                            @QueryParam("limit") Integer limit) {
        return moderation.queue(status, after, limit);
    }

    @POST
    @Path("actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response moderate(ModerationDecision decision) {
        DecisionTerms terms = DecisionTerms.of(decision);
        return Response.status(Response.Status.CREATED)
                .entity(moderation.moderate(Members.caller(security), terms)).build();
    }

    @POST
    @Path("reports/{id}/dismissal")
    public Report dismiss(@PathParam("id") String id) {
        UUID reportId = Members.parse(id).orElseThrow(() -> Moderation.notFound("There is no report " + id + "."));
        return moderation.dismiss(Members.caller(security), reportId);
    }
}
