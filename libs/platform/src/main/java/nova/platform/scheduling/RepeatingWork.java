package nova.platform.scheduling;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The life cycle of a bean's {@link RepeatingTask}, written once: {@link #schedule()} makes the task when the
 * application is initialized, and it stops before the application's beans (and its persistence unit) go
 * ({@code @BeforeDestroyed}; at the latest when this bean is destroyed), as RepeatingTask asks. A task made
 * {@link RepeatingTask#wokenBy woken by} a signal is registered with {@link WorkSignals} while it runs.
 * <pre>{@code
 * @ApplicationScoped
 * public class SmsLoop extends RepeatingWork {
 *     protected RepeatingTask schedule() {
 *         return database.isConfigured() ? RepeatingTask.every(interval, scheduler, "The SMS queue", LOG, this::drain) : null;
 *     }
 * }
 * }</pre>
 */
public abstract class RepeatingWork {

    @Inject
    WorkSignals signals;

    private volatile RepeatingTask task;

    /** This bean's task, made when the application starts; null runs none here (e.g. no database configured). */
    protected abstract RepeatingTask schedule();

    /** Starts the task: the application's start does, a unit test may. */
    public void start() {
        RepeatingTask started = schedule();
        task = started;
        if (started != null && signals != null) {
            signals.register(started);
        }
    }

    /** No round starts after this (a running one may check {@link #stopping()} to end early). */
    @PreDestroy
    public void stop() {
        RepeatingTask running = task;
        if (running != null) {
            running.stop();
            if (signals != null) {
                signals.unregister(running);
            }
        }
    }

    /** The task, once started; null before, or when {@link #schedule()} made none. */
    protected RepeatingTask task() {
        return task;
    }

    /** Whether the task is stopping: a long round checks it between two pieces of work. */
    protected boolean stopping() {
        RepeatingTask running = task;
        return running != null && running.stopping();
    }

    protected void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        start();
    }

    protected void stopBeforeTheApplicationsBeansGo(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        stop();
    }
}
