package nova.user.role;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import nova.contracts.user.Role;
import nova.contracts.user.RolesChanged;
import nova.contracts.user.UserRoles;
import nova.platform.events.Outbox;
import nova.platform.persistence.DatabaseTime;
import nova.platform.problem.Rejection;
import nova.user.infra.Refusals;
import nova.user.profile.ProfileService;
import nova.user.profile.User;

/**
 * Roles and who holds them ({@link RoleDefinition}, {@link Permission}, {@link RoleGrant}). Every change publishes
 * {@code user.roles.changed} with the account's roles and the permissions they grant together, which identity puts
 * in the next tokens' {@code groups}.
 * <p>
 * A change locks the account's row first, so one account's changes apply, and are published, one after the
 * other (and a grant cannot race itself into a duplicate key); revoking {@value RoleRules#ADMIN} also locks that
 * role's row, so two admins cannot each revoke the other's at once and leave none.
 */
@ApplicationScoped
public class RoleService {

    static final String CATALOG = """
            SELECT DISTINCT r FROM RoleDefinition r LEFT JOIN FETCH r.permissions ORDER BY r.name""";
    static final String GRANTS = """
            SELECT g FROM RoleGrant g JOIN FETCH g.role r LEFT JOIN FETCH r.permissions WHERE g.id.userId = :userId""";
    static final String OTHER_HOLDERS = """
            SELECT count(g) FROM RoleGrant g WHERE g.id.roleName = :role AND g.id.userId <> :userId""";

    @PersistenceContext(unitName = "user")
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    /** Every role and the permissions it grants, by name. */
    @Transactional
    public List<Role> roles() {
        return entityManager.createQuery(CATALOG, RoleDefinition.class)
                .getResultList().stream().map(RoleDefinition::view).toList();
    }

    /** The roles of {@code userId}; empty if there is no such account. */
    @Transactional
    public Optional<UserRoles> rolesOf(UUID userId) {
        if (entityManager.find(User.class, userId) == null) {
            return Optional.empty();
        }
        return Optional.of(held(userId));
    }

    /**
     * Gives {@code role} to {@code userId} (nothing happens if they hold it). {@code by} is the member who
     * grants, null for the operator account.
     *
     * @throws Rejection 404 for an unknown account or role; 409 for a deleted account
     */
    @Transactional
    public UserRoles grant(UUID userId, String role, UUID by) {
        User user = lockedAccount(userId);
        RoleDefinition granted = role(role, LockModeType.NONE);
        RoleRules.checkGrantable(user.status());
        Instant now = DatabaseTime.now();
        boolean changed = grantOf(userId, role) == null;
        if (changed) {
            entityManager.persist(new RoleGrant(userId, granted, now, by));
        }
        return changed(userId, changed, by, now);
    }

    /**
     * Gives a new account the role {@value RoleRules#USER}, stamped with its registration, in the caller's
     * transaction. Not published: the role grants no named permission, and every token carries the signed-in
     * group anyway.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void grantAtRegistration(UUID userId, Instant registeredAt) {
        entityManager.persist(new RoleGrant(userId, entityManager.getReference(RoleDefinition.class, RoleRules.USER),
                registeredAt, null));
    }

    /**
     * Takes {@code role} from {@code userId} (nothing happens if they do not hold it). {@code by} is the member
     * who revokes, null for the operator account.
     *
     * @throws Rejection 404 for an unknown account or role; 400 for {@value RoleRules#USER};
     *                                         409 for the last admin's {@value RoleRules#ADMIN}
     */
    @Transactional
    public UserRoles revoke(UUID userId, String role, UUID by) {
        lockedAccount(userId);
        role(role, RoleRules.ADMIN.equals(role) ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        RoleGrant grant = grantOf(userId, role);
        RoleRules.checkRevocable(role, grant != null, otherHolders(role, userId));
        if (grant != null) {
            entityManager.remove(grant);
        }
        return changed(userId, grant != null, by, DatabaseTime.now());
    }

    /**
     * Takes every role from a deleted account, in the caller's transaction (the account's row is locked by then).
     * Published like any change, so identity's projection forgets the account's permissions as well.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeAll(UUID userId, Instant now) {
        List<RoleGrant> grants = grantsOf(userId);
        grants.forEach(entityManager::remove);
        changed(userId, !grants.isEmpty(), null, now);
    }

    private UserRoles changed(UUID userId, boolean changed, UUID by, Instant now) {
        UserRoles after = held(userId);
        if (changed) {
            RolesChanged event = new RolesChanged(userId, after.roles(), after.permissions(), by, now);
            outbox.publish(event);
        }
        return after;
    }

    /** The account's roles and the permissions they grant together, both sorted. */
    private UserRoles held(UUID userId) {
        SortedSet<String> roles = new TreeSet<>();
        SortedSet<String> permissions = new TreeSet<>();
        for (RoleGrant grant : grantsOf(userId)) {
            roles.add(grant.role().name());
            permissions.addAll(grant.role().permissionNames());
        }
        return new UserRoles(userId, List.copyOf(roles), List.copyOf(permissions));
    }

    /** After what this transaction changed is flushed (the query reads the changed table, so Hibernate does). */
    private List<RoleGrant> grantsOf(UUID userId) {
        return entityManager.createQuery(GRANTS, RoleGrant.class)
                .setParameter("userId", userId)
                .getResultList();
    }

    private RoleGrant grantOf(UUID userId, String role) {
        return entityManager.find(RoleGrant.class, new RoleGrant.Key(userId, role));
    }

    private long otherHolders(String role, UUID userId) {
        return entityManager.createQuery(OTHER_HOLDERS, Long.class)
                .setParameter("role", role)
                .setParameter("userId", userId)
                .getSingleResult();
    }

    private User lockedAccount(UUID userId) {
        User user = entityManager.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            throw Refusals.notFound("There is no user " + userId + ".");
        }
        return user;
    }

    private RoleDefinition role(String name, LockModeType lock) {
        RoleDefinition role = entityManager.find(RoleDefinition.class, name, lock);
        if (role == null) {
            throw Refusals.notFound("There is no role " + abbreviate(name) + ": GET /users/roles lists them.");
        }
        return role;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
