package nova.communication.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import nova.platform.security.RevokedSessions;
import org.junit.jupiter.api.Test;

/** {@link Connections} and {@link Connection} over WebSocket sessions played by the test (the container's API). */
class ConnectionsTest {

    /** A session: records what is written and how it is closed; completes writes at once unless told to hold them. */
    static final class FakeSession {
        final String id = UUID.randomUUID().toString();
        final List<String> written = new CopyOnWriteArrayList<>();
        volatile CloseReason closed;
        volatile boolean holdWrites;
        final Session session;

        FakeSession() {
            RemoteEndpoint.Async async = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                        if (method.getName().equals("sendText") && args.length == 2) {
                            written.add((String) args[0]);
                            if (!holdWrites) {
                                ((SendHandler) args[1]).onResult(new SendResult());
                            }
                            return null;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
            session = (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getId" -> id;
                        case "getAsyncRemote" -> async;
                        case "isOpen" -> closed == null;
                        case "close" -> {
                            closed = args == null ? new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "") : (CloseReason) args[0];
                            yield null;
                        }
                        case "hashCode" -> id.hashCode();
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        int closeCode() {
            return closed == null ? 0 : closed.getCloseCode().getCode();
        }
    }

    final Set<UUID> revoked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final Connections connections = new Connections();

    ConnectionsTest() {
        connections.revokedSessions = new RevokedSessions() {
            @Override
            public boolean isRevoked(UUID sessionId) {
                return revoked.contains(sessionId);
            }
        };
        connections.authTimeout = Duration.ofSeconds(10);
    }

    Connection bound(FakeSession session, UUID user, UUID sid, Instant expires) {
        Connection connection = new Connection(session.session, Instant.now().plusSeconds(10));
        connections.opened(connection);
        connection.bind(new Connection.Bound(user, sid, expires));
        connections.bound(connection);
        return connection;
    }

    static Frame frame() {
        return new Frame(Frame.NOTIFICATION, new FrameCursor(Instant.now(), UUID.randomUUID()),
                Json.createObjectBuilder().add("text", "hi").build());
    }

    @Test
    void aFrameReachesEveryConnectionOfItsRecipientsAndNoOneElse() {
        UUID bob = UUID.randomUUID();
        UUID ada = UUID.randomUUID();
        FakeSession phone = new FakeSession();
        FakeSession laptop = new FakeSession();
        FakeSession adas = new FakeSession();
        FakeSession anonymous = new FakeSession();
        bound(phone, bob, UUID.randomUUID(), Instant.now().plusSeconds(600));
        bound(laptop, bob, UUID.randomUUID(), Instant.now().plusSeconds(600));
        bound(adas, ada, UUID.randomUUID(), Instant.now().plusSeconds(600));
        connections.opened(new Connection(anonymous.session, Instant.now().plusSeconds(10)));

        assertEquals(2, connections.push(frame(), List.of(bob)));
        assertEquals(1, phone.written.size());
        assertEquals(1, laptop.written.size());
        assertTrue(adas.written.isEmpty() && anonymous.written.isEmpty(), "nobody else, and never an unproven connection");
        assertTrue(connections.isConnected(bob));
        assertEquals(4, connections.size());
    }

    @Test
    void theSweepClosesRevokedExpiredAndSilentConnections() {
        UUID sid = UUID.randomUUID();
        FakeSession revokedOne = new FakeSession();
        FakeSession expired = new FakeSession();
        FakeSession fine = new FakeSession();
        FakeSession silent = new FakeSession();
        UUID bob = UUID.randomUUID();
        bound(revokedOne, bob, sid, Instant.now().plusSeconds(600));
        bound(expired, UUID.randomUUID(), UUID.randomUUID(), Instant.now().minusSeconds(1));
        bound(fine, bob, UUID.randomUUID(), Instant.now().plusSeconds(600));
        connections.opened(new Connection(silent.session, Instant.now().minusMillis(1)));
        revoked.add(sid);

        connections.sweep();

        assertEquals(Connection.SESSION_REVOKED, revokedOne.closeCode());
        assertEquals(Connection.TOKEN_EXPIRED, expired.closeCode());
        assertEquals(Connection.UNAUTHORIZED, silent.closeCode());
        assertEquals(0, fine.closeCode());
        assertEquals(1, connections.push(frame(), List.of(bob)), "only the open one of bob's gets frames");
    }

    @Test
    void framesAreWrittenOneAtATimeInOrderAndASlowClientIsClosed() {
        FakeSession slow = new FakeSession();
        slow.holdWrites = true;
        Connection connection = bound(slow, UUID.randomUUID(), null, Instant.now().plusSeconds(600));
        connection.send("1");
        connection.send("2");
        assertEquals(List.of("1"), slow.written, "the second waits for the first");
        for (int i = 0; i < Connection.MAX_QUEUED; i++) {
            connection.send("more");
        }
        assertEquals(1013, slow.closeCode(), "too many frames waiting");
        assertFalse(connection.isOpen());
    }

    @Test
    void anIdleServerSweepsNothingTheSweepsRunWhileAConnectionIsOpenAndEndWithTheLast() {
        List<String> calls = new CopyOnWriteArrayList<>();
        java.util.concurrent.ScheduledFuture<?> future = (java.util.concurrent.ScheduledFuture<?>) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {java.util.concurrent.ScheduledFuture.class},
                (proxy, method, args) -> {
                    calls.add(method.getName());
                    return method.getName().equals("cancel") ? Boolean.TRUE : null;
                });
        connections.sweepInterval = Duration.ofSeconds(1);
        connections.scheduler = (jakarta.enterprise.concurrent.ManagedScheduledExecutorService) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {jakarta.enterprise.concurrent.ManagedScheduledExecutorService.class},
                (proxy, method, args) -> {
                    calls.add(method.getName());
                    return future;
                });
        connections.start(null);
        assertEquals(List.of(), calls, "no connection: no sweeps");

        Connection connection = bound(new FakeSession(), UUID.randomUUID(), UUID.randomUUID(), Instant.now().plusSeconds(600));
        Connection other = bound(new FakeSession(), UUID.randomUUID(), UUID.randomUUID(), Instant.now().plusSeconds(600));
        assertEquals(List.of("scheduleWithFixedDelay"), calls, "sweeps once a connection is open, scheduled once");

        connections.closed(connection);
        connections.sweepAndEndWhenNoneOpen();
        assertEquals(1, calls.size(), "one connection still open: the sweeps go on");
        connections.closed(other);
        connections.sweepAndEndWhenNoneOpen();
        assertEquals(List.of("scheduleWithFixedDelay", "cancel"), calls, "the last one closed: the sweeps end");

        bound(new FakeSession(), UUID.randomUUID(), UUID.randomUUID(), Instant.now().plusSeconds(600));
        assertEquals(List.of("scheduleWithFixedDelay", "cancel", "scheduleWithFixedDelay"), calls, "and start again");
    }
}
