package nova.communication.realtime;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One open WebSocket connection: whose it is once its token was accepted, and the frames waiting to be written.
 * Frames are written one at a time, in the order they were handed over, without blocking whoever hands them over
 * (the broker's consumer thread must not wait for a slow client); a client that lets more than
 * {@link #MAX_QUEUED} frames pile up is closed (1013, try again later) and catches up when it reconnects.
 */
final class Connection {

    private static final Logger LOG = Logger.getLogger(Connection.class.getName());
    static final int MAX_QUEUED = 1_000;

    /** Close codes: the token was refused or never came, its session was revoked, it expired. */
    static final int UNAUTHORIZED = 4401;
    static final int SESSION_REVOKED = 4403;
    static final int TOKEN_EXPIRED = 4408;

    private final Session session;
    private final Instant authDeadline;
    private final Queue<String> queue = new ArrayDeque<>();
    private boolean writing;
    private volatile Bound bound;

    /** Who the connection belongs to: the token's subject, its session ({@code sid}, may be null) and expiry. */
    record Bound(UUID userId, UUID sessionId, Instant expiresAt) {
    }

    Connection(Session session, Instant authDeadline) {
        this.session = session;
        this.authDeadline = authDeadline;
    }

    String id() {
        return session.getId();
    }

    Bound bound() {
        return bound;
    }

    void bind(Bound bound) {
        this.bound = bound;
    }

    Instant authDeadline() {
        return authDeadline;
    }

    boolean isOpen() {
        return session.isOpen();
    }

    /** Queues a frame; writes it now if nothing else is being written. */
    void send(String text) {
        synchronized (queue) {
            if (queue.size() >= MAX_QUEUED) {
                queue.clear();
                close(CloseReason.CloseCodes.TRY_AGAIN_LATER.getCode(), "too many frames waiting: reconnect and catch up");
                return;
            }
            queue.add(text);
            if (writing) {
                return;
            }
            writing = true;
        }
        writeNext();
    }

    private void writeNext() {
        String next;
        synchronized (queue) {
            next = queue.poll();
            if (next == null) {
                writing = false;
                return;
            }
        }
        try {
            session.getAsyncRemote().sendText(next, this::written);
        } catch (RuntimeException e) { // closed meanwhile
            synchronized (queue) {
                queue.clear();
                writing = false;
            }
        }
    }

    private void written(SendResult result) {
        if (!result.isOK()) {
            LOG.log(Level.FINE, "a frame was not written; closing", result.getException());
            synchronized (queue) {
                queue.clear();
                writing = false;
            }
            close(CloseReason.CloseCodes.UNEXPECTED_CONDITION.getCode(), "write failed");
            return;
        }
        writeNext();
    }

    void close(int code, String reason) {
        try {
            if (session.isOpen()) {
                session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "close failed", e);
        }
    }
}
