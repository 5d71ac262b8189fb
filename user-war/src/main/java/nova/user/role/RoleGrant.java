package nova.user.role;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One account holding one role ({@code user_roles}): granted at registration ({@value RoleRules#USER}), or by a
 * holder of {@code manage_roles}. {@code grantedBy} is null for the operator account and for registration.
 */
@Entity
@Table(name = "user_roles")
public class RoleGrant {

    @EmbeddedId
    private Key id;

    // the key holds the column; this reads the role (and its permissions) through it
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "role_name", insertable = false, updatable = false)
    private RoleDefinition role;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "granted_by")
    private UUID grantedBy;

    protected RoleGrant() {
        // for JPA
    }

    public RoleGrant(UUID userId, RoleDefinition role, Instant grantedAt, UUID grantedBy) {
        this.id = new Key(userId, role.name());
        this.role = role;
        this.grantedAt = grantedAt;
        this.grantedBy = grantedBy;
    }

    public RoleDefinition role() {
        return role;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public UUID grantedBy() {
        return grantedBy;
    }

    /** The primary key: the account and the role's name. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "user_id")
        private UUID userId;

        @Column(name = "role_name")
        private String roleName;

        protected Key() {
            // for JPA
        }

        public Key(UUID userId, String roleName) {
            this.userId = userId;
            this.roleName = roleName;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(userId, key.userId) && Objects.equals(roleName, key.roleName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, roleName);
        }
    }
}
