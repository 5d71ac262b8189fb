package nova.communication.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import nova.communication.infra.Caller;
import nova.contracts.communication.UnreadCounts;
import nova.platform.security.Permissions;

/** {@code GET /unread}: the caller's unread messages, conversations and notifications. */
@Path("unread")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.SIGNED_IN)
public class UnreadResource {

    @Context
    SecurityContext security;

    @Inject
    UnreadService unread;

    @GET
    public UnreadCounts counts() {
        return unread.counts(Caller.member(security));
    }
}
