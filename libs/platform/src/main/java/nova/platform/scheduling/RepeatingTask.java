package nova.platform.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A round of work repeated on the server's managed scheduler ({@code ManagedScheduledExecutorService}), the way
 * every context runs what happens without a request: media's processing jobs, the user context's deadlines,
 * events' subscription registry. One round at a time (extra rounds asked for with {@link #runAfter} wait for a
 * running one); a round that throws does not end the schedule, and is said once per outage: a WARNING when
 * rounds start failing, FINE while they keep failing, INFO when one succeeds again (a database or broker being
 * away is not news at every round). After {@link #stop()} no round starts and a failing one is not reported.
 * <p>
 * A queue's loop need not poll often: {@link #wake()} runs a round at once (work was queued: {@link WorkSignals}
 * calls it after the queuing transaction commits, on this server or, through PostgreSQL's NOTIFY, on another), and a
 * {@link #draining} round answers when its next work falls due (a retry's back-off, a lease running out), so the task
 * sleeps until then; the interval is only the safety poll for what no signal announced.
 * <p>
 * Start it when the application is initialized and stop it before the application's beans (and its
 * persistence unit) go, e.g. on {@code @BeforeDestroyed(ApplicationScoped.class)}: a round then would only fail.
 * {@link RepeatingWork} does both for a bean.
 */
public final class RepeatingTask {

    /** How soon work a round said was due already, but did not take, is looked at again. */
    static final Duration STILL_DUE = Duration.ofSeconds(1);
    /** When a queue's first round runs. */
    static final Duration FIRST_DRAIN = Duration.ofSeconds(1);

    private final ScheduledExecutorService scheduler;
    private final String what;
    private final Logger log;
    private final Drain round;
    private final Function<RuntimeException, String> describe;
    private final ScheduledFuture<?> schedule;
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private volatile String signal;
    private volatile boolean failing;
    private volatile boolean stopping;
    /** The round asked for when the earliest known work falls due, and when; null when none is. */
    private final Object dueLock = new Object();
    private ScheduledFuture<?> dueRound;
    private Instant dueAt;

    /** A round of a queue's work: does what is due, and answers when the next work falls due (empty: none known). */
    @FunctionalInterface
    public interface Drain {
        Optional<Instant> run();
    }

    private RepeatingTask(ScheduledExecutorService scheduler, Duration first, Duration interval, String what, Logger log,
                          Drain round, Function<RuntimeException, String> describe) {
        this.scheduler = scheduler;
        this.what = what;
        this.log = log;
        this.round = round;
        this.describe = describe;
        long every = interval.toMillis();
        if (every <= 0) {
            throw new IllegalArgumentException(what + ": the interval must be positive, not " + interval);
        }
        this.schedule = scheduler.scheduleWithFixedDelay(this::runQuietly, Math.min(every, first.toMillis()), every,
                TimeUnit.MILLISECONDS);
    }

    /**
     * Runs {@code round} every {@code interval} (the first one interval from now) on {@code scheduler};
     * {@code what} names the work in the log ("Media processing jobs", "Account deadlines").
     */
    public static RepeatingTask every(Duration interval, ScheduledExecutorService scheduler, String what, Logger log,
                                      Runnable round) {
        return every(interval, scheduler, what, log, round, RuntimeException::toString);
    }

    /**
     * As {@link #every(Duration, ScheduledExecutorService, String, Logger, Runnable)}, with a failing round described
     * in the log by {@code describe}: for work whose exceptions may carry what must not be logged (an address in a
     * mail server's answer), e.g. {@code e -> e.getClass().getName()}.
     */
    public static RepeatingTask every(Duration interval, ScheduledExecutorService scheduler, String what, Logger log,
                                      Runnable round, Function<RuntimeException, String> describe) {
        return new RepeatingTask(scheduler, interval, interval, what, log, () -> {
            round.run();
            return Optional.empty();
        }, describe);
    }

    /**
     * A queue's loop: {@code round} does the due work and answers when the next falls due, and the task sleeps until
     * then (or until {@link #wake()}); {@code safetyPoll} is how often it looks anyway, for work no signal announced.
     * The first round is {@link #FIRST_DRAIN} from now (or the safety poll, if shorter): what was queued before the
     * server started.
     * A failing round is described in the log by {@code describe}, as in
     * {@link #every(Duration, ScheduledExecutorService, String, Logger, Runnable, Function)}.
     */
    public static RepeatingTask draining(Duration safetyPoll, ScheduledExecutorService scheduler, String what,
                                         Logger log, Drain round, Function<RuntimeException, String> describe) {
        return new RepeatingTask(scheduler, FIRST_DRAIN, safetyPoll, what, log, round, describe);
    }

    /** As {@link #draining(Duration, ScheduledExecutorService, String, Logger, Drain, Function)}. */
    public static RepeatingTask draining(Duration safetyPoll, ScheduledExecutorService scheduler, String what,
                                         Logger log, Drain round) {
        return draining(safetyPoll, scheduler, what, log, round, RuntimeException::toString);
    }

    /**
     * This task is woken by {@code signal} (its queue's table, e.g. {@code "email_queue"}): {@link WorkSignals#queued}
     * on this server, or a NOTIFY on {@value WorkSignals#CHANNEL} with it as payload from any. Answers this task.
     */
    public RepeatingTask wokenBy(String signal) {
        this.signal = signal;
        return this;
    }

    /** The signal that wakes this task, or null. */
    public String signal() {
        return signal;
    }

    /**
     * A round at once, unless the task is stopping or one asked for this way has not started yet (a burst of
     * signals costs one round); one asked for while a round runs follows it, so work queued meanwhile is not missed.
     */
    public void wake() {
        if (!stopping && wakePending.compareAndSet(false, true)) {
            scheduler.execute(this::runWoken);
        }
    }

    private synchronized void runWoken() {
        // once this round has its turn: a wake from now on asks for one more
        wakePending.set(false);
        runQuietly();
    }

    /** One round more, {@code delay} from now (at once when it is not positive), unless the task is stopping. */
    public void runAfter(Duration delay) {
        if (!stopping) {
            scheduler.schedule(this::runQuietly, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        }
    }

    /** Whether {@link #stop()} was called: a long round checks it to end early. */
    public boolean stopping() {
        return stopping;
    }

    /** No round starts after this; a running one is left to finish (it can check {@link #stopping()}). */
    public void stop() {
        stopping = true;
        schedule.cancel(false);
        synchronized (dueLock) {
            if (dueRound != null) {
                dueRound.cancel(false);
            }
        }
    }

    /**
     * A round when {@code at} comes, unless one is asked for by then already (that one asks again for what is later).
     * Work said to be due already, that the round just ended did not take (another replica holds it), is looked at
     * again after {@link #STILL_DUE}, as a per-second poll would.
     */
    private void runAt(Instant at) {
        synchronized (dueLock) {
            if (stopping || (dueAt != null && !dueAt.isAfter(at))) {
                return;
            }
            if (dueRound != null) {
                dueRound.cancel(false);
            }
            long until = Duration.between(Instant.now(), at).toMillis();
            // a millisecond past the instant: the round must find the work due by the same clock
            long delay = until < 0 ? STILL_DUE.toMillis() : until + 1;
            dueAt = at;
            dueRound = scheduler.schedule(() -> {
                synchronized (dueLock) {
                    dueAt = null;
                    dueRound = null;
                }
                runQuietly();
            }, delay, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void runQuietly() {
        if (stopping) {
            return;
        }
        try {
            Optional<Instant> next = round.run();
            if (failing) {
                log.info(what + ": handled again");
                failing = false;
            }
            if (next.isPresent() && !stopping) {
                runAt(next.get());
            }
        } catch (RuntimeException e) {
            if (stopping) {
                return;
            }
            log.log(failing ? Level.FINE : Level.WARNING, what + ": not handled: {0}", describe.apply(e));
            failing = true;
        }
    }
}
