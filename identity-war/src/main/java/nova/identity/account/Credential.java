package nova.identity.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import nova.contracts.identity.Account;
import nova.platform.security.Permissions;

/**
 * An account ({@code credentials}): what proves it is you, where it stands, the permissions its roles grant
 * (both projected from the user context) and whether its email address is proven. Never leaves this context.
 * Every method that changes it says what changed; {@link CredentialRepository} loads and locks it.
 */
@Entity
@Table(name = "credentials")
public class Credential {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    /** {@link AccountStatus#column()}; with the two columns below, {@link #standing()} */
    @Column(nullable = false)
    private String status;

    @Column(name = "banned_until")
    private Instant bannedUntil;

    @Column(name = "standing_changed_at")
    private Instant standingChangedAt;

    /** {@code TEXT[]}: Hibernate 6 maps a basic array to the SQL array type */
    @Column(nullable = false)
    private String[] permissions;

    @Column(name = "permissions_changed_at")
    private Instant permissionsChangedAt;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Credential() {
        // for JPA
    }

    public Credential(UUID id, String email, String username, String passwordHash, AccountStanding standing,
                      List<String> permissions, Instant emailVerifiedAt, Instant createdAt) {
        this.id = id;
        this.email = email;
        this.username = username;
        this.passwordHash = passwordHash;
        this.permissions = permissions.toArray(String[]::new);
        this.emailVerifiedAt = emailVerifiedAt;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        setStanding(standing);
    }

    /** A new account: active, no permissions beyond being signed in, its address not yet proven. */
    public static Credential register(UUID id, String email, String username, String passwordHash, Instant now) {
        return new Credential(id, email, username, passwordHash, AccountStanding.ACTIVE, List.of(), null, now);
    }

    /** Whether the holder may log in and refresh at {@code now}: see {@link AccountStanding#allowsLoginAt}. */
    public boolean mayLogInAt(Instant now) {
        return standing().allowsLoginAt(now);
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    /** Replaces the password's hash (a change, a reset, or a stronger hash of the same password). */
    public void replacePasswordHash(String newHash, Instant now) {
        passwordHash = newHash;
        updatedAt = now;
    }

    /**
     * The account deletion saga's erasure: no password opens it any more (the stored hash is no hash, so every
     * login is refused as a wrong password), and the address is replaced by one that names nobody and frees the
     * real one. The username stays, as the deleted account's, so nobody else takes it.
     */
    public void erase(Instant now) {
        passwordHash = "erased";
        email = id + "@erased.invalid";
        updatedAt = now;
    }

    /** Where the account stands from now on ({@code standing}'s status, ban end and time). */
    public void moveTo(AccountStanding standing, Instant now) {
        setStanding(standing);
        updatedAt = now;
    }

    /**
     * The permissions of the account's roles as of {@code changedAt}, unless permissions of a later change are
     * stored already.
     *
     * @return whether they replaced the stored ones
     */
    public boolean replacePermissions(List<String> granted, Instant changedAt, Instant now) {
        if (permissionsChangedAt != null && permissionsChangedAt.isAfter(changedAt)) {
            return false;
        }
        permissions = granted.toArray(String[]::new);
        permissionsChangedAt = changedAt;
        updatedAt = now;
        return true;
    }

    /**
     * Records that the address was proven at {@code at}, unless it was already.
     *
     * @return whether it did
     */
    public boolean markEmailVerified(Instant at) {
        if (emailVerifiedAt != null) {
            return false;
        }
        emailVerifiedAt = at;
        updatedAt = at;
        return true;
    }

    /**
     * The {@code groups} claim of its access tokens: {@link Permissions#SIGNED_IN} first, then each permission
     * its roles grant, sorted, each once. Every context's {@code @RolesAllowed} checks these names.
     */
    public List<String> groups() {
        TreeSet<String> granted = new TreeSet<>(permissions());
        granted.remove(Permissions.SIGNED_IN);
        List<String> groups = new ArrayList<>(granted.size() + 1);
        groups.add(Permissions.SIGNED_IN);
        groups.addAll(granted);
        return List.copyOf(groups);
    }

    public Account toAccount() {
        return new Account(id, username, email, createdAt);
    }

    private void setStanding(AccountStanding standing) {
        status = standing.status().column();
        bannedUntil = standing.bannedUntil();
        standingChangedAt = standing.changedAt();
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public AccountStanding standing() {
        return new AccountStanding(AccountStatus.ofColumn(status), bannedUntil, standingChangedAt);
    }

    public List<String> permissions() {
        return permissions == null ? List.of() : List.of(permissions);
    }

    public Instant emailVerifiedAt() {
        return emailVerifiedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "Credential[id=" + id + ", username=" + username + ", status=" + status + "]";
    }
}
