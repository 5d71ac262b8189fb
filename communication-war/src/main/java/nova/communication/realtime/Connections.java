package nova.communication.realtime;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.platform.security.RevokedSessions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The WebSocket connections open on this server, by member. While any is open, a sweep every
 * {@code nova.realtime.sweep-interval} (1 s) closes those whose token's session was revoked (this server's {@link RevokedSessions}: the revocation
 * consumer lists it at once on the replica that read the event, the others read it from the table within 2 s),
 * whose token expired (the client reconnects with a fresh one), and those that never proved who they are within
 * {@code nova.realtime.auth-timeout} (10 s).
 */
@ApplicationScoped
public class Connections {

    private static final Logger LOG = Logger.getLogger(Connections.class.getName());

    @Inject
    RevokedSessions revokedSessions;

    @Inject
    @ConfigProperty(name = "nova.realtime.sweep-interval", defaultValue = "PT1S")
    Duration sweepInterval;

    @Inject
    @ConfigProperty(name = "nova.realtime.auth-timeout", defaultValue = "PT10S")
    Duration authTimeout;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private final Map<String, Connection> all = new ConcurrentHashMap<>();
    private final Map<UUID, Set<Connection>> byMember = new ConcurrentHashMap<>();
    /** The sweeps, while a connection is open (an idle server does not wake every second for none). */
    private ScheduledFuture<?> sweeping;
    private boolean started;
    private boolean stopped;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        synchronized (this) {
            this.started = true;
        }
        sweepWhileOpen();
    }

    @PreDestroy
    synchronized void stop() {
        stopped = true;
        if (sweeping != null) {
            sweeping.cancel(false);
            sweeping = null;
        }
    }

    /** Sweeps from now on if a connection is open and none are scheduled; they end when the last one closed. */
    private synchronized void sweepWhileOpen() {
        if (started && !stopped && sweeping == null && !all.isEmpty()) {
            sweeping = scheduler.scheduleWithFixedDelay(this::sweepAndEndWhenNoneOpen, sweepInterval.toMillis(),
                    sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void sweepAndEndWhenNoneOpen() {
        sweep();
        synchronized (this) {
            // a connection opened from here on finds no sweeps scheduled and schedules them again
            if (all.isEmpty() && sweeping != null) {
                sweeping.cancel(false);
                sweeping = null;
            }
        }
    }

    Duration authTimeout() {
        return authTimeout;
    }

    void opened(Connection connection) {
        all.put(connection.id(), connection);
        sweepWhileOpen();
    }

    /** The connection proved who it is: from now on it gets that member's frames. */
    void bound(Connection connection) {
        byMember.computeIfAbsent(connection.bound().userId(), id -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    void closed(Connection connection) {
        all.remove(connection.id());
        Connection.Bound bound = connection.bound();
        if (bound != null) {
            byMember.computeIfPresent(bound.userId(), (id, set) -> {
                set.remove(connection);
                return set.isEmpty() ? null : set;
            });
        }
    }

    /** Writes {@code frame} to every open connection of each recipient on this server; answers how many. */
    public int push(Frame frame, Collection<UUID> recipients) {
        String text = null;
        int sent = 0;
        for (UUID recipient : recipients) {
            Set<Connection> open = byMember.get(recipient);
            if (open == null) {
                continue;
            }
            if (text == null) {
                text = frame.toJson();
            }
            for (Connection connection : open) {
                connection.send(text);
                sent++;
            }
        }
        return sent;
    }

    /** Whether the member has a connection here that proved who it is. */
    public boolean isConnected(UUID userId) {
        return byMember.containsKey(userId);
    }

    /** How many connections are open here (bound or not). */
    public int size() {
        return all.size();
    }

    void sweep() {
        try {
            Instant now = Instant.now();
            for (Connection connection : List.copyOf(all.values())) {
                Connection.Bound bound = connection.bound();
                if (!connection.isOpen()) {
                    closed(connection);
                } else if (bound == null) {
                    if (now.isAfter(connection.authDeadline())) {
                        connection.close(Connection.UNAUTHORIZED, "no access token within the time allowed");
                    }
                } else if (bound.sessionId() != null && revokedSessions.isRevoked(bound.sessionId())) {
                    connection.close(Connection.SESSION_REVOKED, "session revoked: log in again");
                    closed(connection);
                } else if (now.isAfter(bound.expiresAt())) {
                    connection.close(Connection.TOKEN_EXPIRED, "access token expired: reconnect with a fresh one");
                    closed(connection);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sweeping the real-time connections failed: {0}", e.toString());
        }
    }
}
