package nova.identity.token;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.regex.Pattern;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;
import nova.platform.security.Permissions;

/**
 * The signing keys for operators ({@code manage_signing_keys}; the operator account, over HTTP Basic, holds
 * it): {@code GET /signing-keys} lists them, {@code POST /signing-keys/rotation} replaces the signing key now
 * (after a suspected leak, say, or to try the rotation) instead of when it reaches its maximum age. Never any
 * key material; answers are not cached.
 */
@Path("signing-keys")
@Produces(MediaType.APPLICATION_JSON)
@DeclareRoles(Permissions.MANAGE_SIGNING_KEYS)
@RolesAllowed(Permissions.MANAGE_SIGNING_KEYS)
public class SigningKeyResource {

    /** An RFC 7638 SHA-256 thumbprint, base64url without padding: what every kid here is. */
    private static final Pattern KID = Pattern.compile("[A-Za-z0-9_-]{43}");

    @Inject
    SigningKeys keys;

    /** 200 with every key, newest first: {@code current}, {@code published}, {@code retiresAt}, {@code retiredAt}. */
    @GET
    public Response list() {
        return noStore(Response.ok(keys.statuses()));
    }

    /** 200 with one key; 404 {@code not-found} for a kid that names none. */
    @GET
    @Path("{kid}")
    public Response one(@PathParam("kid") String kid) {
        if (!KID.matcher(kid).matches()) {
            throw notFound();
        }
        return noStore(Response.ok(keys.status(kid).orElseThrow(SigningKeyResource::notFound)));
    }

    /**
     * 201 {@link KeyRotation}, {@code Location} the new key: it signs from now on; the previous key stays
     * published until its last tokens have expired. 503 {@code signing-keys-unavailable} without
     * {@code nova.jwt.key.secret}. A body, if any, is ignored.
     */
    @POST
    @Path("rotation")
    @Consumes(MediaType.WILDCARD)
    public Response rotate() {
        if (!keys.isSecretConfigured()) {
            throw new Rejection(Problem.of(503, "signing-keys-unavailable", "Signing keys unavailable",
                    "This server has no nova.jwt.key.secret: it can neither create nor open a signing key."));
        }
        KeyRotation rotation = keys.rotate();
        return noStore(Response.created(UriBuilder.fromResource(SigningKeyResource.class).path(rotation.kid()).build())
                .entity(rotation));
    }

    private static Rejection notFound() {
        return new Rejection(Problem.of(404, "not-found", "Not found", "There is no signing key with this kid."));
    }

    private static Response noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").build();
    }
}
