package nova.identity.token;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /.well-known/jwks.json}: the public keys every server verifies access tokens with. */
@Path(".well-known/jwks.json")
public class JwksResource {

    @Inject
    SigningKeys keys;

    /**
     * The signing key and the keys it replaced whose tokens may still be valid. Verifiers may cache the
     * set, but must fetch it again when a token names a kid they do not know: a rotated-in key signs at
     * once (Liberty's mpJwt does so).
     */
    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Response jwks() {
        return Response.ok(RsaJwk.set(keys.published()))
                .header("Cache-Control", "public, max-age=300")
                .build();
    }
}
