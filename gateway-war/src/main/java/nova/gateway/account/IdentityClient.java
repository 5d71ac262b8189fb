package nova.gateway.account;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nova.contracts.identity.Account;
import nova.contracts.identity.ActiveSession;
import nova.contracts.identity.Credentials;
import nova.contracts.identity.EmailVerification;
import nova.contracts.identity.IdentityApi;
import nova.contracts.identity.OtherSessionsRevoked;
import nova.contracts.identity.PasswordChange;
import nova.contracts.identity.PasswordReset;
import nova.contracts.identity.PasswordResetRequest;
import nova.contracts.identity.RefreshRequest;
import nova.contracts.identity.Registration;
import nova.contracts.identity.Tokens;
import nova.gateway.infra.Caller;
import nova.gateway.infra.CallerHeaders;
import nova.gateway.infra.ContextClient;
import nova.gateway.infra.ProblemResponses;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The gateway's only way to the identity context. Only the session list is retried: everything else
 * changes something (an account, a session, a spent refresh token or emailed token, a password, a mail
 * sent; a revocation retried after a lost answer would come back 404, a spent token 400) or is counted
 * against the caller's attempts. Timeouts allow for identity's deliberately slow password hashing. A
 * refusal (4xx, 429 included) is an {@link ApiError} and leaves the circuit alone. The calls about the
 * caller's own account carry the caller's {@code Authorization} header as it came.
 */
@ApplicationScoped
@ContextClient("identity")
@Timeout
@CircuitBreaker
@Bulkhead
public class IdentityClient {

    /** A blocked socket read ignores @Timeout's interrupt: no call's @Timeout may be longer than this. */
    static final int READ_TIMEOUT_SECONDS = 5;

    @Inject
    @ConfigProperty(name = "nova.identity.url")
    String url;

    @Inject
    Caller caller;

    /** Proves to identity that the forwarded client address comes from its gateway ({@code NOVA_PROXY_SECRET}). */
    @Inject
    @ConfigProperty(name = "nova.proxy.secret")
    Optional<String> proxySecret;

    private IdentityApi identity;

    @PostConstruct
    void connect() {
        identity = RestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(1, TimeUnit.SECONDS)
                .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .register(new ProblemResponses("identity"))
                .register(new CallerHeaders(caller, proxySecret.orElse(null)))
                .build(IdentityApi.class);
    }

    @PreDestroy
    void close() {
        try {
            ((AutoCloseable) identity).close();
        } catch (Exception e) {
            // closing on undeploy; nothing is left to do with a client that will not close
        }
    }

    @Timeout
    public Account register(Registration registration) {
        return identity.register(registration);
    }

    @Timeout
    public Tokens login(Credentials credentials) {
        return identity.login(credentials);
    }

    public Tokens refresh(RefreshRequest request) {
        return identity.refresh(request);
    }

    @Retry
    public List<ActiveSession> sessions(String authorization) {
        return identity.sessions(authorization);
    }

    public void revokeSession(String authorization, UUID id) {
        identity.revokeSession(authorization, id);
    }

    public OtherSessionsRevoked revokeOtherSessions(String authorization) {
        return identity.revokeOtherSessions(authorization);
    }

    public void logout(String authorization) {
        identity.logout(authorization);
    }

    /** Checks the current password and hashes the new one: two argon2id runs. */
    @Timeout
    public void changePassword(String authorization, PasswordChange change) {
        identity.changePassword(authorization, change);
    }

    @Timeout
    public void requestPasswordReset(PasswordResetRequest request) {
        identity.requestPasswordReset(request);
    }

    @Timeout
    public void resetPassword(PasswordReset reset) {
        identity.resetPassword(reset);
    }

    public void requestEmailVerification(String authorization) {
        identity.requestEmailVerification(authorization);
    }

    public void verifyEmail(EmailVerification verification) {
        identity.verifyEmail(verification);
    }
}
