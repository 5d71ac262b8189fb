package nova.content.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nova.contracts.user.UserProfile;
import nova.contracts.user.UserStatus;

/**
 * What content asks the user context about the people it writes about: may this member write (their account
 * exists and is neither banned nor deleted), and who the {@code @usernames} in a text are.
 */
@ApplicationScoped
public class Authors {

    @Inject
    UserContext users;

    /**
     * @throws nova.platform.problem.Rejection 403 {@code account-suspended} for a banned or deleted account, 409
     *                                         while the account is not yet known to the user context, 503 while
     *                                         the user context is unavailable
     */
    public void mayWrite(Caller caller) {
        UserStatus status;
        try {
            status = users.status(caller.authorization());
        } catch (Refused refused) {
            if (refused.status() == 404) {
                throw Refusals.conflict("Your account is still being set up: try again in a moment.");
            }
            throw Refusals.unavailable("user");
        }
        if (UserStatus.BANNED.equals(status.status()) || UserStatus.DELETED.equals(status.status())) {
            throw Refusals.accountSuspended();
        }
    }

    /** The ids of the accounts named (lower case, without {@code @}); names of nobody are left out. */
    public Map<String, UUID> resolve(Caller caller, Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        try {
            Map<String, UUID> found = new LinkedHashMap<>();
            for (UserProfile profile : users.byUsernames(caller.authorization(), String.join(",", usernames))) {
                found.put(profile.username().toLowerCase(Locale.ROOT), profile.id());
            }
            return found;
        } catch (Refused refused) {
            throw Refusals.unavailable("user");
        }
    }
}
