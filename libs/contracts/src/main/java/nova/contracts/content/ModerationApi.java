package nova.contracts.content;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The content context's moderation API (config key {@code content}, the content server). Every call carries the
 * caller's access token ({@code authorization} is the whole header value, {@code Bearer <jwt>}); 401 without a valid
 * one. Reporting is for every signed-in member; the rest needs {@code moderate_content} (403 {@code forbidden}
 * otherwise). Errors are problem+json: 400 {@code invalid-input} with field errors, 404 {@code not-found},
 * 409 {@code conflict}.
 */
@RegisterRestClient(configKey = "content")
@Produces(MediaType.APPLICATION_JSON)
public interface ModerationApi {

    /** Files a report (201); every item must be visible to the caller and not their own, else 400 on {@code items}. */
    @POST
    @Path("reports")
    @Consumes(MediaType.APPLICATION_JSON)
    Report report(@HeaderParam("Authorization") String authorization, ReportDraft draft);

    /**
     * The moderators' queue: reports with {@code status} {@code open} (default) or {@code resolved}, oldest first,
     * each item with its current text and state; {@code after} is the previous page's {@code nextCursor} (or null),
     * {@code limit} 1–100 (default 20).
     */
    @GET
    @Path("moderation/reports")
    ReportPage queue(@HeaderParam("Authorization") String authorization, @QueryParam("status") String status,
                     @QueryParam("after") String after, @QueryParam("limit") Integer limit);

    /** Hides, removes or restores one item; publishes {@code content.item.moderated}. */
    @POST
    @Path("moderation/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    ModerationAction moderate(@HeaderParam("Authorization") String authorization, ModerationDecision decision);

    /** Resolves an open report without acting on its items; 404 unknown, 409 already resolved. */
    @POST
    @Path("moderation/reports/{id}/dismissal")
    Report dismiss(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);
}
