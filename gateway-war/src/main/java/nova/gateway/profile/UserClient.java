package nova.gateway.profile;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nova.contracts.user.BanRequest;
import nova.contracts.user.ProfileUpdate;
import nova.contracts.user.Role;
import nova.contracts.user.SettingsUpdate;
import nova.contracts.user.UserApi;
import nova.contracts.user.UserProfile;
import nova.contracts.user.UserRoles;
import nova.contracts.user.UserSettings;
import nova.contracts.user.UserStatus;
import nova.gateway.infra.ContextClient;
import nova.gateway.infra.ContractJson;
import nova.gateway.infra.ProblemResponses;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The gateway's only way to the user context. Every call carries the caller's {@code Authorization}
 * header as it came. Only reads are retried: every change publishes an event, and a change retried after
 * a lost answer could publish it twice or come back 409 (a deletion cancelled twice, a ban lifted twice).
 * A refusal (4xx) is never retried and leaves the circuit alone.
 */
@ApplicationScoped
@ContextClient("user")
@Timeout
@CircuitBreaker
@Bulkhead
public class UserClient {

    /** What {@link UserApi#byIds} takes in one call. */
    public static final int MAX_IDS = 100;

    /** A blocked socket read ignores @Timeout's interrupt: no call's @Timeout may be longer than this. */
    static final int READ_TIMEOUT_SECONDS = 3;

    @Inject
    @ConfigProperty(name = "nova.user.url")
    String url;

    private UserApi users;

    @PostConstruct
    void connect() {
        users = RestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(1, TimeUnit.SECONDS)
                .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .register(new ProblemResponses("user"))
                .register(ContractJson.READER)
                .build(UserApi.class);
    }

    @PreDestroy
    void close() {
        try {
            ((AutoCloseable) users).close();
        } catch (Exception e) {
            // closing on undeploy; nothing is left to do with a client that will not close
        }
    }

    // --- reads: retried ------------------------------------------------------------------------

    @Retry
    public UserProfile me(String authorization) {
        return users.me(authorization);
    }

    @Retry
    public UserProfile byId(String authorization, UUID id) {
        return users.byId(authorization, id);
    }

    /** At most {@link #MAX_IDS} ids; unknown ones are left out of the answer. */
    @Retry
    public List<UserProfile> byIds(String authorization, Collection<UUID> ids) {
        return users.byIds(authorization, ids.stream().map(UUID::toString).collect(Collectors.joining(",")));
    }

    @Retry
    public UserProfile byUsername(String authorization, String username) {
        return users.byUsername(authorization, username);
    }

    @Retry
    public UserSettings settings(String authorization) {
        return users.settings(authorization);
    }

    @Retry
    public UserStatus status(String authorization) {
        return users.status(authorization);
    }

    @Retry
    public List<Role> roles(String authorization) {
        return users.roles(authorization);
    }

    @Retry
    public UserRoles rolesOf(String authorization, UUID id) {
        return users.rolesOf(authorization, id);
    }

    // --- changes: never retried ----------------------------------------------------------------

    public UserProfile updateProfile(String authorization, ProfileUpdate update) {
        return users.updateProfile(authorization, update);
    }

    public UserSettings updateSettings(String authorization, SettingsUpdate update) {
        return users.updateSettings(authorization, update);
    }

    public UserStatus scheduleDeletion(String authorization) {
        return users.scheduleDeletion(authorization);
    }

    public UserStatus cancelDeletion(String authorization) {
        return users.cancelDeletion(authorization);
    }

    public UserRoles grantRole(String authorization, UUID id, String role) {
        return users.grantRole(authorization, id, role);
    }

    public UserRoles revokeRole(String authorization, UUID id, String role) {
        return users.revokeRole(authorization, id, role);
    }

    public UserStatus ban(String authorization, UUID id, BanRequest ban) {
        return users.ban(authorization, id, ban);
    }

    public UserStatus unban(String authorization, UUID id) {
        return users.unban(authorization, id);
    }
}
