package nova.user.account;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.platform.scheduling.RepeatingTask;
import nova.platform.scheduling.RepeatingWork;
import nova.platform.persistence.ContextDatabase;
import nova.platform.persistence.DatabaseTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What happens to accounts when a date comes rather than on a request: bans with an end lapse
 * ({@code user.unbanned} without a lifter) and scheduled deletions take effect ({@code user.deleted}). A round runs
 * when a deadline set on this server comes ({@link Due}, fired once the ban or deletion commits, for deadlines up to
 * {@link #AHEAD} away), and every {@code nova.user.deadlines.interval} (20 s by default) for the others: those set
 * on another replica, or by hand in the database. (It ran every 2 s before issue 23: 30 queries a minute on an
 * idle server.) It runs on the server's managed scheduler, one round at a time, in every replica: each
 * account is handled in its own transaction that takes the row with {@code FOR UPDATE SKIP LOCKED} and checks it
 * is still due, so replicas share the work and never publish one change twice, and one account that fails does
 * not hold up the others.
 * <p>
 * The clock is the database row's: to make a deletion take effect now, set its {@code deletion_effective_at} in
 * the past (the system tests do).
 */
@ApplicationScoped
public class AccountDeadlines extends RepeatingWork {

    private static final Logger LOG = Logger.getLogger(AccountDeadlines.class.getName());

    @Inject
    ContextDatabase database;

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "nova.user.deadlines.interval", defaultValue = "PT20S")
    Duration interval;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    /** The periodic rounds, from the application's start. */
    @Override
    protected RepeatingTask schedule() {
        return database.isConfigured() ? RepeatingTask.every(interval, scheduler, "Account deadlines", LOG, this::round)
                : null;
    }

    /** A deadline set on this server: a ban's end, a deletion's date. */
    public record Due(Instant at) {
    }

    /** How far ahead a {@link Due} deadline gets a round of its own; later ones are met by the periodic rounds. */
    static final Duration AHEAD = Duration.ofHours(1);

    /** A quarter of a second after the deadline: the round must find the account due by the database's clock. */
    private static final long MARGIN_MILLIS = 250;

    /** Once the ban or deletion committed: a round when its deadline comes (none if it is far off). */
    void onDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) Due due) {
        Duration delay = Duration.between(Instant.now(), due.at()).plusMillis(MARGIN_MILLIS);
        RepeatingTask task = task();
        if (task != null && delay.compareTo(AHEAD) <= 0) {
            task.runAfter(delay);
        }
    }

    private void round() {
        // nothing is due before the schema exists (the database may come up after the server)
        if (database.tryMigrate()) {
            run(DatabaseTime.now());
        }
    }

    /** One round: every ban that has run out by {@code now} ends, every deletion that has come takes effect. */
    void run(Instant now) {
        for (UUID userId : accounts.lapsingBans(now)) {
            handle("lapse the ban of", userId, () -> accounts.lapseBan(userId, now));
        }
        for (UUID userId : accounts.dueDeletions(now)) {
            handle("delete", userId, () -> accounts.deleteIfDue(userId, now));
        }
    }

    private void handle(String what, UUID userId, Step step) {
        try {
            step.run();
        } catch (Exception e) {
            // the account stays due and is tried again next round; the others go on
            LOG.log(Level.WARNING, "Could not " + what + " account " + userId + ": {0}", e.toString());
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }
}
