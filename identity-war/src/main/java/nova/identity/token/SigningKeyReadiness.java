package nova.identity.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready without {@code nova.jwt.key.secret}: such a server could not issue a single token. */
@Readiness
@ApplicationScoped
public class SigningKeyReadiness implements HealthCheck {

    @Inject
    SigningKeys keys;

    @Override
    public HealthCheckResponse call() {
        boolean configured = keys.isSecretConfigured();
        var response = HealthCheckResponse.named("signing-keys").status(configured);
        if (!configured) {
            response.withData("reason", "nova.jwt.key.secret is not set (environment variable NOVA_JWT_KEY_SECRET)");
        }
        return response.build();
    }
}
