package nova.gateway.communication;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nova.contracts.communication.CommunicationApi;
import nova.contracts.communication.Conversation;
import nova.contracts.communication.ConversationDraft;
import nova.contracts.communication.ConversationPage;
import nova.contracts.communication.MembersChange;
import nova.contracts.communication.Message;
import nova.contracts.communication.MessageDraft;
import nova.contracts.communication.MessagePage;
import nova.contracts.communication.Notification;
import nova.contracts.communication.NotificationPage;
import nova.contracts.communication.PushApi;
import nova.contracts.communication.PushKey;
import nova.contracts.communication.PushToken;
import nova.contracts.communication.PushTokenRegistration;
import nova.contracts.communication.ReadMark;
import nova.contracts.communication.UnreadCounts;
import nova.gateway.infra.ContextClient;
import nova.gateway.infra.ProblemResponses;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The gateway's only way to the communication context ({@link CommunicationApi} and {@link PushApi}, one server).
 * Every call carries the caller's {@code Authorization} header as it came. Only reads are retried: a message sent
 * twice after a lost answer would be two messages; a mark retried is harmless but publishes again, and a token
 * registered twice answers the same token, yet changes are never retried, as in every client. A refusal (4xx) is
 * never retried and leaves the circuit alone.
 */
@ApplicationScoped
@ContextClient("communication")
@Timeout
@CircuitBreaker
@Bulkhead
public class CommunicationClient {

    /** A blocked socket read ignores @Timeout's interrupt: no call's @Timeout may be longer than this. */
    static final int READ_TIMEOUT_SECONDS = 3;

    @Inject
    @ConfigProperty(name = "nova.communication.url")
    String url;

    private CommunicationApi communication;
    private PushApi push;

    @PostConstruct
    void connect() {
        communication = builder().build(CommunicationApi.class);
        push = builder().build(PushApi.class);
    }

    private RestClientBuilder builder() {
        return RestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(1, TimeUnit.SECONDS)
                .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .register(new ProblemResponses("communication"));
    }

    @PreDestroy
    void close() {
        for (Object client : new Object[] {communication, push}) {
            try {
                ((AutoCloseable) client).close();
            } catch (Exception e) {
                // closing on undeploy; nothing is left to do with a client that will not close
            }
        }
    }

    // --- reads: retried ------------------------------------------------------------------------

    @Retry
    public ConversationPage conversations(String authorization, String after, Integer limit) {
        return communication.conversations(authorization, after, limit);
    }

    @Retry
    public Conversation conversation(String authorization, UUID id) {
        return communication.conversation(authorization, id);
    }

    @Retry
    public MessagePage messages(String authorization, UUID conversationId, String after, Integer limit) {
        return communication.messages(authorization, conversationId, after, limit);
    }

    @Retry
    public NotificationPage notifications(String authorization, Boolean unread, String after, Integer limit) {
        return communication.notifications(authorization, unread, after, limit);
    }

    @Retry
    public UnreadCounts unread(String authorization) {
        return communication.unread(authorization);
    }

    @Retry
    public List<PushToken> tokens(String authorization) {
        return push.tokens(authorization);
    }

    @Retry
    public PushKey vapidKey(String authorization) {
        return push.vapidKey(authorization);
    }

    @Retry
    public nova.contracts.communication.SmsNumber smsNumber(String authorization) {
        return push.smsNumber(authorization);
    }

    // --- changes: never retried ----------------------------------------------------------------

    public Conversation startConversation(String authorization, ConversationDraft draft) {
        return communication.startConversation(authorization, draft);
    }

    public Message send(String authorization, UUID conversationId, MessageDraft draft) {
        return communication.send(authorization, conversationId, draft);
    }

    public Conversation markRead(String authorization, UUID conversationId, ReadMark mark) {
        return communication.markRead(authorization, conversationId, mark);
    }

    public Conversation addMembers(String authorization, UUID conversationId, MembersChange change) {
        return communication.addMembers(authorization, conversationId, change);
    }

    public void leave(String authorization, UUID conversationId) {
        communication.leave(authorization, conversationId);
    }

    public Notification markNotificationRead(String authorization, UUID id) {
        return communication.markNotificationRead(authorization, id);
    }

    public UnreadCounts markNotificationsRead(String authorization, java.util.List<UUID> ids) {
        return communication.markNotificationsRead(authorization, new nova.contracts.communication.NotificationsRead(ids));
    }

    public UnreadCounts markAllNotificationsRead(String authorization) {
        return communication.markAllNotificationsRead(authorization);
    }

    public nova.contracts.communication.SmsNumber setSmsNumber(String authorization,
                                                               nova.contracts.communication.SmsNumber number) {
        return push.setSmsNumber(authorization, number);
    }

    public void removeSmsNumber(String authorization) {
        push.removeSmsNumber(authorization);
    }

    public PushToken register(String authorization, PushTokenRegistration registration) {
        return push.register(authorization, registration);
    }

    public void remove(String authorization, UUID id) {
        push.remove(authorization, id);
    }
}
