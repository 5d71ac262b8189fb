package nova.identity.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import nova.contracts.identity.Account;
import nova.platform.security.Permissions;

/**
 * One row of {@code credentials}: an account and what proves it is you, where it stands, the permissions
 * its roles grant (both projected from the user context) and whether its email address is proven. Never
 * leaves this context.
 */
public record Credential(UUID id, String email, String username, String passwordHash, AccountStanding standing,
                         List<String> permissions, Instant emailVerifiedAt, Instant createdAt) {

    public Credential {
        permissions = List.copyOf(permissions);
    }

    /** A new account: active, no permissions beyond being signed in, its address not yet proven. */
    public static Credential register(UUID id, String email, String username, String passwordHash, Instant now) {
        return new Credential(id, email, username, passwordHash, AccountStanding.ACTIVE, List.of(), null, now);
    }

    /** Whether the holder may log in and refresh at {@code now}: see {@link AccountStanding#allowsLoginAt}. */
    public boolean mayLogInAt(Instant now) {
        return standing.allowsLoginAt(now);
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    /**
     * The {@code groups} claim of its access tokens: {@link Permissions#SIGNED_IN} first, then each permission
     * its roles grant, sorted, each once. Every context's {@code @RolesAllowed} checks these names.
     */
    public List<String> groups() {
        TreeSet<String> granted = new TreeSet<>(permissions);
        granted.remove(Permissions.SIGNED_IN);
        List<String> groups = new ArrayList<>(granted.size() + 1);
        groups.add(Permissions.SIGNED_IN);
        groups.addAll(granted);
        return List.copyOf(groups);
    }

    public Account toAccount() {
        return new Account(id, username, email, createdAt);
    }

    @Override
    public String toString() {
        return "Credential[id=" + id + ", username=" + username + ", status=" + standing.status() + "]";
    }
}
