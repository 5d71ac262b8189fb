package nova.communication.notification;

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
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import nova.communication.infra.Caller;
import nova.communication.infra.Ids;
import nova.communication.infra.Refusals;
import nova.contracts.communication.Notification;
import nova.contracts.communication.NotificationPage;
import nova.contracts.communication.NotificationsRead;
import nova.contracts.communication.UnreadCounts;
import nova.platform.problem.Rejection;
import nova.platform.security.Permissions;

/** The notification paths of {@link nova.contracts.communication.CommunicationApi}: the caller's own, nobody else's. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.SIGNED_IN)
public class NotificationResource {

    @Context
    SecurityContext security;

    @Inject
    NotificationService notifications;

    @Inject
    UnreadService unread;

    @GET
    public NotificationPage page(@QueryParam("unread") Boolean unreadOnly, @QueryParam("after") String after,
                                 @QueryParam("limit") Integer limit) {
        return notifications.page(Caller.member(security), Boolean.TRUE.equals(unreadOnly), after, Ids.limit(limit));
    }

    @POST
    @Path("{id}/read")
    public Notification markRead(@PathParam("id") String id) {
        UUID caller = Caller.member(security);
        UUID notification = Ids.parse(id).orElseThrow(() -> Refusals.notFound("There is no notification " + id + " of yours."));
        return notifications.markRead(caller, notification);
    }

    @POST
    @Path("read-many")
    @Consumes(MediaType.APPLICATION_JSON)
    public UnreadCounts markRead(NotificationsRead read) {
        UUID caller = Caller.member(security);
        List<UUID> ids = read == null || read.ids() == null ? List.of() : read.ids();
        if (ids.isEmpty() || ids.size() > NotificationsRead.MAX_IDS || ids.contains(null)) {
            throw Rejection.invalidInput("ids", "must name 1 to " + NotificationsRead.MAX_IDS + " notifications");
        }
        notifications.markRead(caller, new LinkedHashSet<>(ids));
        return unread.counts(caller);
    }

    @POST
    @Path("read")
    public UnreadCounts markAllRead() {
        UUID caller = Caller.member(security);
        notifications.markAllRead(caller);
        return unread.counts(caller);
    }
}
