package nova.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server's own database. Migrates the schema when the application starts: first the
 * platform's tables (outbox, inbox; history in {@code platform_schema_history}), then the
 * context's own migrations under {@code db/migration} in its WAR (history in
 * {@code flyway_schema_history}). If the database is not reachable at start-up the application
 * still starts, reports not ready, and the next readiness probe tries the migration again.
 */
@ApplicationScoped
public class ContextDatabase {

    private static final Logger LOG = Logger.getLogger(ContextDatabase.class.getName());

    @Inject
    @ConfigProperty(name = "nova.datasource")
    Optional<String> jndiName;

    private volatile boolean migrated;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (isConfigured()) {
            tryMigrate();
        }
    }

    public boolean isConfigured() {
        return configuredName().isPresent();
    }

    private Optional<String> configuredName() {
        return jndiName.filter(name -> !name.isBlank());
    }

    public DataSource dataSource() {
        String name = configuredName().orElseThrow(() -> new IllegalStateException("this server has no database"));
        try {
            return InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("datasource " + name + " is not bound", e);
        }
    }

    /** Migrates once; safe to call again after a failure. Returns whether the schema is current. */
    public synchronized boolean tryMigrate() {
        if (migrated) {
            return true;
        }
        try {
            SchemaMigrations.apply(dataSource(), getClass().getClassLoader());
            migrated = true;
        } catch (RuntimeException e) {
            // the cause names the failing statement or connection problem; credentials never appear in it
            LOG.log(Level.WARNING, "Schema migration failed, will retry on the next readiness check: {0}",
                    rootMessage(e));
        }
        return migrated;
    }

    /**
     * Waits, trying every 2 s, until the schema is current (nothing is relayed or consumed before the
     * platform's tables exist); false if {@code running} turned false or the thread was interrupted first.
     */
    public boolean awaitMigrated(java.util.function.BooleanSupplier running) {
        while (running.getAsBoolean() && !tryMigrate()) {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return running.getAsBoolean();
    }

    /** Whether a connection can be had and answers within the timeout. */
    public boolean isReachable(int timeoutSeconds) {
        try (Connection connection = dataSource().getConnection()) {
            return connection.isValid(timeoutSeconds);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "database not reachable", e);
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
