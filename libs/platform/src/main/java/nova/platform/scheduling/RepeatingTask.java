package nova.platform.scheduling;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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
 * Start it when the application is initialized and stop it before the application's beans (and its
 * persistence unit) go, e.g. on {@code @BeforeDestroyed(ApplicationScoped.class)}: a round then would only fail.
 */
public final class RepeatingTask {

    private final ScheduledExecutorService scheduler;
    private final String what;
    private final Logger log;
    private final Runnable round;
    private final Function<RuntimeException, String> describe;
    private final ScheduledFuture<?> schedule;
    private volatile boolean failing;
    private volatile boolean stopping;

    private RepeatingTask(ScheduledExecutorService scheduler, Duration interval, String what, Logger log, Runnable round,
                          Function<RuntimeException, String> describe) {
        this.scheduler = scheduler;
        this.what = what;
        this.log = log;
        this.round = round;
        this.describe = describe;
        long every = interval.toMillis();
        if (every <= 0) {
            throw new IllegalArgumentException(what + ": the interval must be positive, not " + interval);
        }
        this.schedule = scheduler.scheduleWithFixedDelay(this::runQuietly, every, every, TimeUnit.MILLISECONDS);
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
        return new RepeatingTask(scheduler, interval, what, log, round, describe);
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
    }

    private synchronized void runQuietly() {
        if (stopping) {
            return;
        }
        try {
            round.run();
            if (failing) {
                log.info(what + ": handled again");
                failing = false;
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
