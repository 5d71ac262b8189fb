package nova.contracts.communication;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
 * The communication context's API (config key {@code communication}). Every call carries the caller's access token
 * ({@code authorization} is the whole header value, {@code Bearer <jwt>}) and is for a signed-in user; 401 without
 * a valid one. Errors are problem+json: 400 {@code invalid-input} with field errors, 404 {@code not-found} (also a
 * conversation the caller is not in, and a user who is unknown or blocks the caller either way), 403
 * {@code messaging-not-allowed} when a recipient's message policy refuses the caller, 409 {@code conflict}
 * (a member cap reached, members added to a direct conversation). A refused call changes nothing.
 * Pages: {@code after} is the previous page's {@code nextCursor} (or null), {@code limit} 1–100 (default 20).
 */
@RegisterRestClient(configKey = "communication")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface CommunicationApi {

    /**
     * Starts a conversation (201), or answers the existing direct one between the caller and the one member (200).
     * Every member must accept messages from the caller (their message policy, no block either way).
     */
    @POST
    @Path("conversations")
    @Consumes(MediaType.APPLICATION_JSON)
    Conversation startConversation(@HeaderParam("Authorization") String authorization, ConversationDraft draft);

    /** The caller's conversations, most recent activity first. */
    @GET
    @Path("conversations")
    ConversationPage conversations(@HeaderParam("Authorization") String authorization,
                                   @QueryParam("after") String after, @QueryParam("limit") Integer limit);

    /** One of the caller's conversations; 404 when the caller is not a member. */
    @GET
    @Path("conversations/{id}")
    Conversation conversation(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /**
     * Sends a message (201) to every other member; in a direct conversation the recipient's message policy and
     * blocks are checked again (403 / 404). Publishes {@code communication.message.sent}.
     */
    @POST
    @Path("conversations/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    Message send(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID conversationId,
                 MessageDraft draft);

    /** A conversation's messages, newest first. */
    @GET
    @Path("conversations/{id}/messages")
    MessagePage messages(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID conversationId,
                         @QueryParam("after") String after, @QueryParam("limit") Integer limit);

    /**
     * Marks the conversation read by the caller up to a message (its own status {@code read}); answers the
     * conversation with its new unread count. Publishes {@code communication.conversation.read} when something changed.
     */
    @POST
    @Path("conversations/{id}/read")
    @Consumes(MediaType.APPLICATION_JSON)
    Conversation markRead(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID conversationId,
                          ReadMark mark);

    /** Adds members to a group conversation (any member may); 409 for a direct one or past the member cap. */
    @POST
    @Path("conversations/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    Conversation addMembers(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID conversationId,
                            MembersChange change);

    /** The caller leaves a group conversation (204); 409 for a direct one. */
    @DELETE
    @Path("conversations/{id}/members/me")
    void leave(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID conversationId);

    /** The caller's notifications, grouped, most recently updated first; {@code unread} true: only unread ones. */
    @GET
    @Path("notifications")
    NotificationPage notifications(@HeaderParam("Authorization") String authorization,
                                   @QueryParam("unread") Boolean unread, @QueryParam("after") String after,
                                   @QueryParam("limit") Integer limit);

    /** Marks one of the caller's notifications read (idempotent); 404 for someone else's. */
    @POST
    @Path("notifications/{id}/read")
    Notification markNotificationRead(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /**
     * Marks the notifications named read in one transaction (idempotent for read ones) and answers the caller's counts
     * afterwards; 404 when one of them is not the caller's (then none is marked), 400 for no id or over
     * {@link NotificationsRead#MAX_IDS}.
     */
    @POST
    @Path("notifications/read-many")
    UnreadCounts markNotificationsRead(@HeaderParam("Authorization") String authorization, NotificationsRead read);

    /** Marks every notification of the caller read; answers the counts afterwards. */
    @POST
    @Path("notifications/read")
    UnreadCounts markAllNotificationsRead(@HeaderParam("Authorization") String authorization);

    /** The caller's unread messages, conversations and notifications. */
    @GET
    @Path("unread")
    UnreadCounts unread(@HeaderParam("Authorization") String authorization);
}
