package nova.contracts.ops;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * MicroProfile Health of any Nova server. Returns the raw response: 503 with a DOWN body is an
 * answer here, not an error.
 */
@Path("/health")
public interface HealthApi {

    @GET
    @Path("/ready")
    @Produces(MediaType.APPLICATION_JSON)
    Response ready();
}
