package nova.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nova.platform.persistence.ContextDatabase;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when this context's database answers and its schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    ContextDatabase database;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        if (!database.isConfigured()) {
            return response.up().withData("used", false).build();
        }
        boolean reachable = database.isReachable(2);
        boolean migrated = reachable && database.tryMigrate();
        return response.status(reachable && migrated)
                .withData("reachable", reachable)
                .withData("migrated", migrated)
                .build();
    }
}
