package nova.system;

import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/** What the communication system tests share: its GraphQL documents and a WebSocket client of {@code /realtime}. */
final class CommunicationSystem {

    static final Nova.Server COMMUNICATION = Backbone.server("communication");

    static final String START = """
            mutation start($memberIds: [String!]!, $title: String) {
              startConversation(memberIds: $memberIds, title: $title) { id kind title memberIds unreadCount }
            }""";
    static final String SEND = """
            mutation send($conversationId: ID!, $text: String) {
              sendMessage(conversationId: $conversationId, text: $text) { id conversationId senderId text status sentAt }
            }""";
    static final String MESSAGES = """
            query messages($conversationId: ID!) {
              messages(conversationId: $conversationId, first: 50) { nodes { id senderId text status } pageInfo { hasNextPage endCursor } }
            }""";
    static final String CONVERSATION = """
            query conversation($id: ID!) { conversation(id: $id) { id unreadCount lastMessage { id text } } }""";
    static final String CONVERSATIONS = """
            query { conversations(first: 20) { nodes { id unreadCount lastMessage { id text } } pageInfo { hasNextPage } } }""";
    static final String MARK_READ = """
            mutation read($conversationId: ID!, $upTo: String) {
              markConversationRead(conversationId: $conversationId, upToMessageId: $upTo) { id unreadCount }
            }""";
    static final String UNREAD = "query { unreadCounts { messages conversations notifications } }";
    static final String NOTIFICATIONS = """
            query { notifications(first: 20) { nodes { id type targetType targetId actorIds actorCount text read } pageInfo { hasNextPage } } }""";
    static final String MARK_NOTIFICATIONS_READ = """
            mutation markRead($ids: [String!]) { markNotificationsRead(ids: $ids) { messages conversations notifications } }""";

    private CommunicationSystem() {
    }

    static JsonObject start(Members.Member member, String... others) {
        return member.execute(START, Map.of("memberIds", List.of(others))).data("startConversation");
    }

    static JsonObject send(Members.Member member, String conversationId, String text) {
        return member.execute(SEND, Map.of("conversationId", conversationId, "text", text)).data("sendMessage");
    }

    static JsonObject unread(Members.Member member) {
        return member.execute(UNREAD).data("unreadCounts");
    }

    /** Polls {@code document} as {@code member} until {@code data.field} satisfies {@code condition}. */
    static JsonObject awaitField(Members.Member member, String document, Map<String, Object> variables, String field,
                                 Predicate<JsonObject> condition) {
        AtomicReference<JsonObject> seen = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Gql.Result result = member.execute(document, variables);
            if (!result.errors().isEmpty()) {
                return false;
            }
            seen.set(result.response().getData().getJsonObject(field));
            return condition.test(seen.get());
        });
        return seen.get();
    }

    /**
     * A client of {@code ws://localhost:9086/realtime} (the JDK's {@link java.net.http.WebSocket}): every text frame
     * it receives is queued as JSON; the close code, once closed, is kept.
     */
    static final class RealtimeClient implements WebSocket.Listener, AutoCloseable {

        final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        /** Connects and sends the auth frame (with {@code lastMessageId} when not null); does not wait for ready. */
        static RealtimeClient connect(String accessToken, String lastMessageId) {
            return connect(COMMUNICATION.httpPort(), accessToken, lastMessageId);
        }

        /** As {@link #connect(String, String)}, to the communication server on {@code port} (a replica's). */
        static RealtimeClient connect(int port, String accessToken, String lastMessageId) {
            RealtimeClient client = new RealtimeClient();
            client.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(URI.create("ws://localhost:" + port + "/realtime"), client)
                    .join();
            var auth = Json.createObjectBuilder().add("type", "auth");
            if (accessToken != null) {
                auth.add("token", accessToken);
            }
            if (lastMessageId != null) {
                auth.add("lastMessageId", lastMessageId);
            }
            client.socket.sendText(auth.build().toString(), true).join();
            return client;
        }

        /** Connects, authenticates and waits for {@code ready}. */
        static RealtimeClient ready(String accessToken, String lastMessageId) throws InterruptedException {
            return ready(COMMUNICATION.httpPort(), accessToken, lastMessageId);
        }

        /** As {@link #ready(String, String)}, on the communication server on {@code port}. */
        static RealtimeClient ready(int port, String accessToken, String lastMessageId) throws InterruptedException {
            RealtimeClient client = connect(port, accessToken, lastMessageId);
            JsonObject first = client.next(Duration.ofSeconds(10));
            if (first == null || !"ready".equals(first.getString("type"))) {
                throw new AssertionError("expected ready, got " + first + " (closed: " + client.closed.getNow(null) + ")");
            }
            return client;
        }

        JsonObject next(Duration within) throws InterruptedException {
            return frames.poll(within.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** The next frame of {@code type} whose data satisfies {@code condition}, skipping others; null after {@code within}. */
        JsonObject await(String type, Predicate<JsonObject> condition, Duration within) throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                JsonObject frame = frames.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
                if (frame != null && type.equals(frame.getString("type")) && condition.test(frame.getJsonObject("data"))) {
                    return frame;
                }
            }
            return null;
        }

        void send(String text) {
            socket.sendText(text, true).join();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(Json.createReader(new StringReader(partial.toString())).readObject());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }

        @Override
        public void close() {
            if (!socket.isOutputClosed()) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
            }
            socket.abort();
        }
    }
}
