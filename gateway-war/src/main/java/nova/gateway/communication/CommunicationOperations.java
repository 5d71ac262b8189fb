package nova.gateway.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nova.contracts.communication.ConversationDraft;
import nova.contracts.communication.ConversationPage;
import nova.contracts.communication.MessageDraft;
import nova.contracts.communication.MessagePage;
import nova.contracts.communication.NotificationPage;
import nova.contracts.communication.PushTokenRegistration;
import nova.contracts.communication.ReadMark;
import nova.gateway.infra.ApiError;
import nova.gateway.infra.Caller;
import nova.gateway.infra.Paging;
import nova.gateway.infra.ReportsErrors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * (Optional list arguments are {@code List<String>}, not {@code List<@NonNull String>}: SmallRye GraphQL 1.0 makes the
 * latter a required {@code [String!]!}, smallrye-graphql#753.)
 * <p>
 * Conversations, messages, notifications and push tokens, answered by the communication context with the caller's
 * own token: every one of these needs {@code Authorization}, and without it answers {@code UNAUTHENTICATED} without
 * calling anyone. A conversation you are not in is {@code NOT_FOUND}, as an unknown one. Live updates come over the
 * communication server's WebSocket ({@code /realtime}), not GraphQL.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class CommunicationOperations {

    /** The most one page gives (the communication context's own bound). */
    static final int MAX_PAGE = 100;
    /** The most notification ids one markNotificationsRead takes. */
    static final int MAX_MARK = 100;

    @Inject
    Caller caller;

    @Inject
    CommunicationClient communication;

    // --- conversations and messages ----------------------------------------------------------------

    @Query("conversations")
    @Description("Your conversations, most recent activity first: 'first' per page (1-" + MAX_PAGE + ", 20 when left "
            + "out), 'after' the endCursor of the page before")
    public @NonNull ConversationConnection conversations(@Name("first") Integer first, @Name("after") String after) {
        String authorization = caller.requireAuthorization();
        var paged = Paging.fetch(page(first), after, (a, n) -> communication.conversations(authorization, a, n),
                ConversationPage::items, ConversationPage::nextCursor, ConversationPage::new);
        return new ConversationConnection(paged.page(), paged.window());
    }

    @Query("conversation")
    @Description("One of your conversations. NOT_FOUND if you are not in it (or it does not exist)")
    public Conversation conversation(@Name("id") @Id @NonNull String id) {
        String authorization = caller.requireAuthorization();
        return new Conversation(communication.conversation(authorization, conversationId(id)));
    }

    @Query("messages")
    @Description("A conversation's messages, newest first. NOT_FOUND if you are not in it")
    public @NonNull MessageConnection messages(@Name("conversationId") @Id @NonNull String conversationId,
                                               @Name("first") Integer first, @Name("after") String after) {
        String authorization = caller.requireAuthorization();
        UUID id = conversationId(conversationId);
        var paged = Paging.fetch(page(first), after, (a, n) -> communication.messages(authorization, id, a, n),
                MessagePage::items, MessagePage::nextCursor, MessagePage::new);
        return new MessageConnection(paged.page(), paged.window());
    }

    @Mutation("startConversation")
    @Description("Starts a conversation with the members named (you are added); one member and no title is your direct "
            + "conversation with them, answered again if it exists. NOT_FOUND for an unknown member or a block, "
            + "FORBIDDEN when a member's message policy refuses you, CONFLICT over the member cap")
    public @NonNull Conversation startConversation(@Name("memberIds") @NonNull List<@NonNull String> memberIds,
                                                   @Name("title") String title) {
        String authorization = caller.requireAuthorization();
        List<UUID> members = new ArrayList<>();
        for (String member : memberIds) {
            try {
                members.add(UUID.fromString(member));
            } catch (IllegalArgumentException e) {
                throw new ApiError(ApiError.Code.NOT_FOUND, "There is no user with this id.");
            }
        }
        return new Conversation(communication.startConversation(authorization, new ConversationDraft(members, title)));
    }

    @Mutation("sendMessage")
    @Description("Sends a message to a conversation you are in (text, media ids or both). NOT_FOUND if you are not in "
            + "it; FORBIDDEN when the other member's message policy now refuses you; VALIDATION_FAILED for an empty "
            + "or too long message")
    public @NonNull Message sendMessage(@Name("conversationId") @Id @NonNull String conversationId,
                                        @Name("text") String text, @Name("mediaIds") List<String> mediaIds) {
        String authorization = caller.requireAuthorization();
        List<UUID> media = new ArrayList<>();
        if (mediaIds != null) {
            for (String id : mediaIds) {
                try {
                    if (id == null) {
                        throw new IllegalArgumentException("null");
                    }
                    media.add(UUID.fromString(id));
                } catch (IllegalArgumentException e) {
                    throw new ApiError(ApiError.Code.VALIDATION_FAILED, "One or more fields are invalid.",
                            List.of(new ApiError.FieldError("mediaIds", "must be media ids")));
                }
            }
        }
        return new Message(communication.send(authorization, conversationId(conversationId), new MessageDraft(text, media)));
    }

    @Mutation("markConversationRead")
    @Description("Marks a conversation read up to a message (its newest when left out); answers it with its new "
            + "unread count. The other members get a read receipt")
    public @NonNull Conversation markConversationRead(@Name("conversationId") @Id @NonNull String conversationId,
                                                      @Name("upToMessageId") String upToMessageId) {
        String authorization = caller.requireAuthorization();
        UUID upTo = null;
        if (upToMessageId != null) {
            try {
                upTo = UUID.fromString(upToMessageId);
            } catch (IllegalArgumentException e) {
                throw new ApiError(ApiError.Code.NOT_FOUND, "There is no message with this id.");
            }
        }
        return new Conversation(communication.markRead(authorization, conversationId(conversationId), new ReadMark(upTo)));
    }

    @Query("unreadCounts")
    @Description("Your unread messages, conversations with unread messages, and unread notifications")
    public @NonNull UnreadCounts unreadCounts() {
        String authorization = caller.requireAuthorization();
        return new UnreadCounts(communication.unread(authorization));
    }

    // --- notifications -----------------------------------------------------------------------------

    @Query("notifications")
    @Description("Your notifications, grouped, most recently updated first; unreadOnly: only the unread ones")
    public @NonNull NotificationConnection notifications(@Name("unreadOnly") Boolean unreadOnly,
                                                         @Name("first") Integer first, @Name("after") String after) {
        String authorization = caller.requireAuthorization();
        Boolean unread = Boolean.TRUE.equals(unreadOnly) ? Boolean.TRUE : null;
        var paged = Paging.fetch(page(first), after, (a, n) -> communication.notifications(authorization, unread, a, n),
                NotificationPage::items, NotificationPage::nextCursor, NotificationPage::new);
        return new NotificationConnection(paged.page(), paged.window());
    }

    @Mutation("markNotificationsRead")
    @Description("Marks the notifications named read (1-" + MAX_MARK + " ids), or every one of yours when ids is left "
            + "out; answers your unread counts afterwards. NOT_FOUND if one of them is not yours")
    public @NonNull UnreadCounts markNotificationsRead(@Name("ids") List<String> ids) {
        String authorization = caller.requireAuthorization();
        if (ids == null) {
            return new UnreadCounts(communication.markAllNotificationsRead(authorization));
        }
        if (ids.isEmpty() || ids.size() > MAX_MARK) {
            throw new ApiError(ApiError.Code.VALIDATION_FAILED, "One or more fields are invalid.",
                    List.of(new ApiError.FieldError("ids", "must name 1 to " + MAX_MARK + " notifications")));
        }
        Set<UUID> wanted = new LinkedHashSet<>();
        for (String id : ids) {
            try {
                wanted.add(UUID.fromString(java.util.Objects.requireNonNull(id)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ApiError(ApiError.Code.NOT_FOUND, "There is no notification with this id.");
            }
        }
        return new UnreadCounts(communication.markNotificationsRead(authorization, List.copyOf(wanted)));
    }

    // --- push tokens -------------------------------------------------------------------------------

    @Query("pushTokens")
    @Description("Your registered Web Push subscriptions, newest first")
    public @NonNull List<@NonNull PushToken> pushTokens() {
        String authorization = caller.requireAuthorization();
        return communication.tokens(authorization).stream().map(PushToken::new).toList();
    }

    @Query("pushPublicKey")
    @Description("The server's VAPID public key (base64url), for pushManager.subscribe({applicationServerKey}); null "
            + "when Web Push is not configured")
    public String pushPublicKey() {
        String authorization = caller.requireAuthorization();
        return communication.vapidKey(authorization).publicKey();
    }

    @Mutation("registerPushToken")
    @Description("Registers this browser's Web Push subscription for you (again: the same token). VALIDATION_FAILED "
            + "names a bad endpoint (https only), p256dh or auth")
    public @NonNull PushToken registerPushToken(@Name("input") @NonNull PushTokenInput input) {
        String authorization = caller.requireAuthorization();
        return new PushToken(communication.register(authorization,
                new PushTokenRegistration(input.getEndpoint(), input.getP256dh(), input.getAuth())));
    }

    @Mutation("removePushToken")
    @Description("Removes one of your push tokens. NOT_FOUND if it is not yours or gone already")
    public boolean removePushToken(@Name("id") @Id @NonNull String id) {
        String authorization = caller.requireAuthorization();
        UUID tokenId;
        try {
            tokenId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiError(ApiError.Code.NOT_FOUND, "There is no push token with this id.");
        }
        communication.remove(authorization, tokenId);
        return true;
    }

    static Integer page(Integer first) {
        if (first != null && (first < 1 || first > MAX_PAGE)) {
            throw new ApiError(ApiError.Code.VALIDATION_FAILED, "One or more fields are invalid.",
                    List.of(new ApiError.FieldError("first", "must be between 1 and " + MAX_PAGE)));
        }
        return first;
    }

    /** A malformed id names no conversation: the answer an unknown one gets, without calling anyone. */
    static UUID conversationId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiError(ApiError.Code.NOT_FOUND, "There is no conversation with this id.");
        }
    }
}
