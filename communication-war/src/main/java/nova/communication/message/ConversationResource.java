package nova.communication.message;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import nova.communication.infra.Caller;
import nova.communication.infra.Ids;
import nova.contracts.communication.Conversation;
import nova.contracts.communication.ConversationDraft;
import nova.contracts.communication.ConversationPage;
import nova.contracts.communication.Message;
import nova.contracts.communication.MessageDraft;
import nova.contracts.communication.MessagePage;
import nova.contracts.communication.MembersChange;
import nova.contracts.communication.ReadMark;
import nova.platform.security.Permissions;

/**
 * The conversation paths of {@link nova.contracts.communication.CommunicationApi}, for signed-in members. Every path
 * with an id answers 404 to anyone not in that conversation, the same as for one that does not exist.
 */
@Path("conversations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.SIGNED_IN)
public class ConversationResource {

    @Context
    SecurityContext security;

    @Inject
    ConversationService conversations;

    @Inject
    MessageService messages;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(ConversationDraft draft) {
        UUID caller = Caller.member(security);
        ConversationService.Started started;
        try {
            started = conversations.start(caller, draft);
        } catch (jakarta.persistence.PersistenceException | jakarta.transaction.TransactionalException e) {
            // two requests made the pair's direct conversation at once: the other one's is the answer
            Conversation existing = conversations.existingDirect(caller, draft).orElseThrow(() -> e);
            started = new ConversationService.Started(existing, false);
        }
        return Response.status(started.created() ? 201 : 200).entity(started.conversation()).build();
    }

    @GET
    public ConversationPage page(@QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        return conversations.page(Caller.member(security), after, Ids.limit(limit));
    }

    @GET
    @Path("{id}")
    public Conversation find(@PathParam("id") String id) {
        UUID caller = Caller.member(security);
        return conversations.find(caller, conversationId(id));
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(@PathParam("id") String id, MessageDraft draft) {
        UUID caller = Caller.member(security);
        Message sent = messages.send(caller, conversationId(id), draft);
        return Response.status(201).entity(sent).build();
    }

    @GET
    @Path("{id}/messages")
    public MessagePage messages(@PathParam("id") String id, @QueryParam("after") String after,
                                @QueryParam("limit") Integer limit) {
        UUID caller = Caller.member(security);
        return messages.page(caller, conversationId(id), after, Ids.limit(limit));
    }

    @POST
    @Path("{id}/read")
    @Consumes(MediaType.APPLICATION_JSON)
    public Conversation markRead(@PathParam("id") String id, ReadMark mark) {
        UUID caller = Caller.member(security);
        return conversations.markRead(caller, conversationId(id), mark == null ? null : mark.messageId());
    }

    @POST
    @Path("{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public Conversation addMembers(@PathParam("id") String id, MembersChange change) {
        UUID caller = Caller.member(security);
        return conversations.addMembers(caller, conversationId(id), change);
    }

    @DELETE
    @Path("{id}/members/me")
    public Response leave(@PathParam("id") String id) {
        UUID caller = Caller.member(security);
        conversations.leave(caller, conversationId(id));
        return Response.noContent().build();
    }

    private static UUID conversationId(String id) {
        return Ids.parse(id).orElseThrow(() -> Conversations.notFound(id));
    }
}
