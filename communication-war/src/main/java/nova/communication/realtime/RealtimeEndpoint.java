package nova.communication.realtime;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.platform.security.AccessTokenVerifier;
import nova.platform.security.BearerTokenMechanism;
import nova.platform.security.SessionClaim;
import nova.platform.security.VerifiedToken;

/**
 * {@code ws://<communication>/realtime}: a member's live feed. The protocol (text frames, JSON):
 * <ol>
 * <li>the client's first frame proves who it is (a browser cannot set an {@code Authorization} header on a
 * WebSocket, and a token in the URL would end up in access logs):
 * {@code {"type": "auth", "token": "<access token>", "lastMessageId": "<uuid>"}}, {@code lastMessageId} (optional)
 * being the last message it saw before it lost its previous connection;</li>
 * <li>the server checks the token as every bearer token (signature by identity's keys, type, issuer, audience,
 * times, and its session not revoked), answers {@code {"type": "ready", "userId": ...}}, then pushes the messages
 * the client missed since {@code lastMessageId} (oldest first), then whatever happens: {@link Frame}s
 * {@code message}, {@code read}, {@code notification};</li>
 * <li>{@code {"type": "ping"}} is answered {@code {"type": "pong"}}; anything else is refused with an
 * {@code error} frame.</li>
 * </ol>
 * Closed with 4401 when no valid token came within {@code nova.realtime.auth-timeout} or it was refused, 4403 when
 * its session is revoked, 4408 when the token expires (reconnect with a fresh one and {@code lastMessageId}).
 * The token is never logged.
 */
@ServerEndpoint("/realtime")
public class RealtimeEndpoint {

    private static final Logger LOG = Logger.getLogger(RealtimeEndpoint.class.getName());
    /** An auth frame is a token and an id: far below this. */
    static final int MAX_FRAME_CHARS = 16 * 1024;

    private Connection connection;

    @OnOpen
    public void open(Session session) {
        session.setMaxTextMessageBufferSize(MAX_FRAME_CHARS);
        Connections connections = connections();
        connection = new Connection(session, Instant.now().plus(connections.authTimeout()));
        connections.opened(connection);
    }

    @OnMessage
    public void message(String text) {
        JsonObject frame;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            frame = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            refuse("frames are JSON objects");
            return;
        }
        String type = frame.get("type") instanceof JsonString s ? s.getString() : "";
        if (connection.bound() == null) {
            if (!"auth".equals(type) || !(frame.get("token") instanceof JsonString token)) {
                connection.close(Connection.UNAUTHORIZED, "the first frame must be {\"type\":\"auth\",\"token\":...}");
                return;
            }
            authenticate(token.getString(), frame.get("lastMessageId") instanceof JsonString last ? last.getString() : null);
            return;
        }
        switch (type) {
            case "ping" -> connection.send("{\"type\":\"pong\"}");
            case "auth" -> refuse("already authenticated");
            default -> refuse("unknown frame type");
        }
    }

    private void authenticate(String compact, String lastMessageId) {
        UUID after = null;
        if (lastMessageId != null) {
            try {
                after = UUID.fromString(lastMessageId);
            } catch (IllegalArgumentException e) {
                connection.close(Connection.UNAUTHORIZED, "lastMessageId must be a message id");
                return;
            }
        }
        VerifiedToken token;
        UUID userId;
        try {
            token = CDI.current().select(BearerTokenMechanism.class).get().verifyAccessToken(compact);
            userId = UUID.fromString(token.getSubject());
        } catch (AccessTokenVerifier.Refused | IllegalArgumentException e) {
            connection.close(Connection.UNAUTHORIZED, "access token refused");
            return;
        }
        Long exp = token.getClaim("exp");
        connection.bind(new Connection.Bound(userId, SessionClaim.of(token.getClaim(SessionClaim.NAME), compact),
                Instant.ofEpochSecond(exp == null ? 0 : exp)));
        // live first, then what was missed: a frame may come twice (its payload id tells), none is lost in between
        connections().bound(connection);
        connection.send(Json.createObjectBuilder().add("type", "ready").add("userId", userId.toString()).build().toString());
        if (after != null) {
            CDI.current().select(Deliveries.class).get().catchUp(userId, after, connection);
        }
    }

    private void refuse(String why) {
        connection.send(Json.createObjectBuilder().add("type", "error").add("message", why).build().toString());
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        if (connection != null) {
            connections().closed(connection);
        }
    }

    @OnError
    public void error(Session session, Throwable failure) {
        LOG.log(Level.FINE, "real-time connection failed", failure);
        if (connection != null) {
            connections().closed(connection);
        }
    }

    private static Connections connections() {
        return CDI.current().select(Connections.class).get();
    }
}
