package nova.content.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import nova.contracts.content.ReportDraft;
import nova.platform.security.Permissions;

/** {@code POST /reports} of {@link nova.contracts.content.ModerationApi}: any signed-in member reports what they see. */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.SIGNED_IN)
public class ReportResource {

    @Context
    SecurityContext security;

    @Inject
    ModerationService moderation;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(ReportDraft draft) {
        ReportTerms terms = ReportTerms.of(draft);
        return Response.status(Response.Status.CREATED).entity(moderation.file(Members.caller(security), terms)).build();
    }
}
