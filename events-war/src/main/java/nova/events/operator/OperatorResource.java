package nova.events.operator;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import nova.platform.security.Permissions;

/**
 * The operator's page: {@code GET /operator} (the page, its script and style sheet: no data, so anyone may load
 * them; every figure on it comes from the operator endpoints, which need the operator's credentials or
 * {@code view_dead_letters}) and {@code GET /operator/overview}, what its picture draws. The page reads the sagas
 * from the saga store's own {@code GET /sagas} (nova.events.saga).
 */
@Path("operator")
public class OperatorResource {

    /** The page's files, and their media types: nothing else is served from the class path. */
    static final Map<String, String> FILES = Map.of("index.html", "text/html; charset=utf-8",
            "operator.js", "text/javascript; charset=utf-8", "operator.css", "text/css; charset=utf-8");
    /** Only the page's own script and style; no frame may hold it. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " connect-src 'self'; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    @Inject
    OperatorOverview overview;

    @GET
    @PermitAll
    public Response page() {
        return file("index.html");
    }

    @GET
    @Path("{file}")
    @PermitAll
    public Response file(@PathParam("file") String file) {
        String type = FILES.get(file);
        InputStream content = type == null ? null : OperatorResource.class.getResourceAsStream("page/" + file);
        if (content == null) {
            throw new NotFoundException("no file " + file);
        }
        return Response.ok(content, type).header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-cache").build();
    }

    @GET
    @Path("overview")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Permissions.VIEW_DEAD_LETTERS)
    public Overview overview() {
        return overview.now();
    }
}
