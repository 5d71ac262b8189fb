package nova.platform.scheduling;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.platform.events.Notifications;
import nova.platform.persistence.ContextDatabase;

/**
 * Wakes this server's {@link RepeatingTask}s when work is queued for them, so that their loops can poll slowly:
 * <ul>
 * <li>{@link #queued} in the queuing transaction wakes this server's tasks of that signal once it commits;</li>
 * <li>a trigger on the queue's table ({@code PERFORM pg_notify('nova_work', TG_TABLE_NAME)}) wakes every replica's:
 * one connection per server LISTENs on {@value #CHANNEL} ({@link Notifications}, as the outbox relay does) and
 * wakes the tasks whose signal is the payload; when it (re)starts listening it wakes them all, for what was queued
 * while nobody listened.</li>
 * </ul>
 * What neither announces (the database away for a while) is found by each task's slow safety poll.
 */
@ApplicationScoped
public class WorkSignals {

    /** The NOTIFY channel a queue's trigger signals on, its table's name as payload. */
    public static final String CHANNEL = "nova_work";

    private static final Logger LOG = Logger.getLogger(WorkSignals.class.getName());
    /** How long one wait for notifications lasts (the listener checks it should go on between two). */
    private static final Duration WAIT = Duration.ofMinutes(1);
    /** How long the listener waits before listening again after its connection failed. */
    private static final Duration RETRY = Duration.ofSeconds(5);

    @Inject
    ContextDatabase database;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threadFactory;

    @Inject
    Event<Queued> queuedEvents;

    private final Map<String, Set<RepeatingTask>> tasks = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private volatile Notifications notifications;
    private Thread listener;

    /**
     * Work for {@code signal}'s tasks was queued in the caller's transaction: they are woken once it commits (at once
     * when there is none). Other replicas learn of it from the queue table's trigger.
     */
    public void queued(String signal) {
        queuedEvents.fire(new Queued(signal));
    }

    /** Work for {@code signal}'s tasks was queued; observed once the transaction commits. */
    record Queued(String signal) {
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued queued) {
        wake(queued.signal());
    }

    /** {@code task} is woken by its {@link RepeatingTask#signal()} from now on (nothing when it has none). */
    public void register(RepeatingTask task) {
        if (task.signal() == null) {
            return;
        }
        tasks.computeIfAbsent(task.signal(), s -> ConcurrentHashMap.newKeySet()).add(task);
        startListening();
    }

    /** {@code task} is woken no more. */
    public void unregister(RepeatingTask task) {
        if (task.signal() != null) {
            tasks.getOrDefault(task.signal(), Set.of()).remove(task);
        }
    }

    void wake(String signal) {
        tasks.getOrDefault(signal, Set.of()).forEach(RepeatingTask::wake);
    }

    private synchronized void startListening() {
        if (listener != null || !running || database == null || !database.isConfigured() || threadFactory == null) {
            return;
        }
        listener = threadFactory.newThread(this::listen);
        listener.setName("nova-work-signals");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen() {
        boolean failing = false;
        while (running) {
            try (Notifications listening = Notifications.listen(database.dataSource(), CHANNEL)) {
                notifications = listening;
                if (failing) {
                    LOG.info("Work signals: listening again");
                    failing = false;
                }
                // what was queued while nobody listened
                tasks.values().forEach(set -> set.forEach(RepeatingTask::wake));
                while (running) {
                    for (String signal : listening.await(WAIT)) {
                        wake(signal);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                LOG.log(failing ? Level.FINE : Level.WARNING,
                        "Work signals: not listening ({0}); the loops poll slowly until it is back", e.toString());
                failing = true;
                try {
                    Thread.sleep(RETRY.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            } finally {
                notifications = null;
            }
        }
    }

    /** Stops listening (ends the listener's wait). */
    @PreDestroy
    void stop() {
        running = false;
        Notifications listening = notifications;
        if (listening != null) {
            listening.close();
        }
    }
}
