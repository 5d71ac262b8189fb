package nova.user.role;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import nova.contracts.user.Role;
import nova.contracts.user.RolesChanged;
import nova.contracts.user.UserRoles;
import nova.platform.events.Outbox;
import nova.platform.persistence.ContextDatabase;
import nova.platform.persistence.DatabaseTime;
import nova.platform.problem.Rejection;
import nova.user.infra.Refusals;
import nova.user.profile.ProfileService;

/**
 * Roles and who holds them ({@code roles}, {@code permissions}, {@code role_permissions}, {@code user_roles}).
 * Every change publishes {@code user.roles.changed} with the account's roles and the permissions they grant
 * together, which identity puts in the next tokens' {@code groups}. Plain SQL on the transaction's connection:
 * the tables are a few joins, not an object graph.
 * <p>
 * A change locks the account's row first, so one account's changes apply, and are published, one after the
 * other; revoking {@value RoleRules#ADMIN} also locks that role's row, so two admins cannot each revoke the
 * other's at once and leave none.
 */
@ApplicationScoped
public class RoleService {

    static final String CATALOG = """
            SELECT r.name, r.description, rp.permission_name FROM roles r
            LEFT JOIN role_permissions rp ON rp.role_name = r.name ORDER BY r.name, rp.permission_name""";
    static final String HELD = """
            SELECT ur.role_name, rp.permission_name FROM user_roles ur
            LEFT JOIN role_permissions rp ON rp.role_name = ur.role_name WHERE ur.user_id = ?""";
    static final String LOCK_ACCOUNT = "SELECT status FROM users WHERE id = ? FOR UPDATE";
    static final String ACCOUNT = "SELECT status FROM users WHERE id = ?";
    static final String ROLE_EXISTS = "SELECT 1 FROM roles WHERE name = ?";
    static final String LOCK_ROLE = "SELECT 1 FROM roles WHERE name = ? FOR UPDATE";
    static final String OTHER_HOLDERS = "SELECT count(*) FROM user_roles WHERE role_name = ? AND user_id <> ?";
    static final String GRANT = """
            INSERT INTO user_roles (user_id, role_name, granted_at, granted_by) VALUES (?, ?, ?, ?)
            ON CONFLICT (user_id, role_name) DO NOTHING""";
    static final String REVOKE = "DELETE FROM user_roles WHERE user_id = ? AND role_name = ?";
    static final String REVOKE_ALL = "DELETE FROM user_roles WHERE user_id = ?";

    @Inject
    ContextDatabase database;

    @Inject
    Outbox outbox;

    /** Every role and the permissions it grants, by name. */
    public List<Role> roles() {
        Map<String, Role> roles = new LinkedHashMap<>();
        Map<String, List<String>> permissions = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(CATALOG);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                descriptions.putIfAbsent(rows.getString(1), rows.getString(2));
                List<String> granted = permissions.computeIfAbsent(rows.getString(1), r -> new ArrayList<>());
                if (rows.getString(3) != null) {
                    granted.add(rows.getString(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("roles not readable: " + e.getMessage(), e);
        }
        descriptions.forEach((name, description) -> roles.put(name, new Role(name, description, permissions.get(name))));
        return List.copyOf(roles.values());
    }

    /** The roles of {@code userId}; empty if there is no such account. */
    public Optional<UserRoles> rolesOf(UUID userId) {
        try (Connection connection = database.dataSource().getConnection()) {
            if (status(connection, ACCOUNT, userId).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(held(connection, userId));
        } catch (SQLException e) {
            throw new IllegalStateException("roles not readable: " + e.getMessage(), e);
        }
    }

    /**
     * Gives {@code role} to {@code userId} (nothing happens if they hold it). {@code by} is the member who
     * grants, null for the operator account.
     *
     * @throws Rejection 404 for an unknown account or role; 409 for a deleted account
     */
    @Transactional(rollbackOn = SQLException.class)
    public UserRoles grant(UUID userId, String role, UUID by) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            String status = status(connection, LOCK_ACCOUNT, userId).orElseThrow(() -> unknownAccount(userId));
            requireRole(connection, role);
            RoleRules.checkGrantable(status);
            Instant now = DatabaseTime.now();
            int granted;
            try (PreparedStatement insert = connection.prepareStatement(GRANT)) {
                insert.setObject(1, userId);
                insert.setString(2, role);
                insert.setTimestamp(3, Timestamp.from(now));
                uuidOrNull(insert, 4, by);
                granted = insert.executeUpdate();
            }
            return changed(connection, userId, granted > 0, by, now);
        }
    }

    /**
     * Takes {@code role} from {@code userId} (nothing happens if they do not hold it). {@code by} is the member
     * who revokes, null for the operator account.
     *
     * @throws Rejection 404 for an unknown account or role; 400 for {@value RoleRules#USER};
     *                                         409 for the last admin's {@value RoleRules#ADMIN}
     */
    @Transactional(rollbackOn = SQLException.class)
    public UserRoles revoke(UUID userId, String role, UUID by) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            status(connection, LOCK_ACCOUNT, userId).orElseThrow(() -> unknownAccount(userId));
            requireRole(connection, role);
            if (RoleRules.ADMIN.equals(role)) {
                try (PreparedStatement lock = connection.prepareStatement(LOCK_ROLE)) {
                    lock.setString(1, role);
                    lock.executeQuery().close();
                }
            }
            UserRoles before = held(connection, userId);
            RoleRules.checkRevocable(role, before.roles().contains(role), otherHolders(connection, role, userId));
            int revoked;
            try (PreparedStatement delete = connection.prepareStatement(REVOKE)) {
                delete.setObject(1, userId);
                delete.setString(2, role);
                revoked = delete.executeUpdate();
            }
            return changed(connection, userId, revoked > 0, by, DatabaseTime.now());
        }
    }

    /**
     * Takes every role from a deleted account, in the caller's transaction (the account's row is locked by then).
     * Published like any change, so identity's projection forgets the account's permissions as well.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, rollbackOn = SQLException.class)
    public void revokeAll(UUID userId, Instant now) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement delete = connection.prepareStatement(REVOKE_ALL)) {
            delete.setObject(1, userId);
            changed(connection, userId, delete.executeUpdate() > 0, null, now);
        }
    }

    private UserRoles changed(Connection connection, UUID userId, boolean changed, UUID by, Instant now)
            throws SQLException {
        UserRoles after = held(connection, userId);
        if (changed) {
            RolesChanged event = new RolesChanged(userId, after.roles(), after.permissions(), by, now);
            outbox.publish(ProfileService.AGGREGATE, userId.toString(), RolesChanged.TYPE, event.toJson());
        }
        return after;
    }

    /** The account's roles and the permissions they grant together, both sorted. */
    static UserRoles held(Connection connection, UUID userId) throws SQLException {
        SortedSet<String> roles = new TreeSet<>();
        SortedSet<String> permissions = new TreeSet<>();
        try (PreparedStatement query = connection.prepareStatement(HELD)) {
            query.setObject(1, userId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    roles.add(rows.getString(1));
                    if (rows.getString(2) != null) {
                        permissions.add(rows.getString(2));
                    }
                }
            }
        }
        return new UserRoles(userId, List.copyOf(roles), List.copyOf(permissions));
    }

    private static Optional<String> status(Connection connection, String sql, UUID userId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, userId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private static void requireRole(Connection connection, String role) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(ROLE_EXISTS)) {
            query.setString(1, role);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw Refusals.notFound("There is no role " + abbreviate(role) + ": GET /users/roles lists them.");
                }
            }
        }
    }

    private static long otherHolders(Connection connection, String role, UUID userId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(OTHER_HOLDERS)) {
            query.setString(1, role);
            query.setObject(2, userId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void uuidOrNull(PreparedStatement statement, int index, UUID value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.OTHER);
        } else {
            statement.setObject(index, value);
        }
    }

    private static Rejection unknownAccount(UUID userId) {
        return Refusals.notFound("There is no user " + userId + ".");
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
