package nova.user.role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nova.contracts.user.Role;

/**
 * A role and the permissions it grants ({@code roles}, with {@code role_permissions} as the join table of
 * {@link #permissions}). Seeded by the migrations; what changes at run time is who holds a role
 * ({@link RoleGrant}). Named so that it never shadows the contract record {@link Role} it is shown as.
 */
@Entity
@Table(name = "roles")
public class RoleDefinition {

    @Id
    private String name;

    @Column(nullable = false)
    private String description;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "role_permissions",
            joinColumns = @JoinColumn(name = "role_name"),
            inverseJoinColumns = @JoinColumn(name = "permission_name"))
    private Set<Permission> permissions = new HashSet<>();

    protected RoleDefinition() {
        // for JPA
    }

    /** A role granting {@code permissions} (the migrations make the real ones; tests build them here). */
    RoleDefinition(String name, String description, Set<Permission> permissions) {
        this.name = name;
        this.description = description;
        this.permissions = new HashSet<>(permissions);
    }

    public String name() {
        return name;
    }

    /** The names of the permissions the role grants, sorted. */
    public SortedSet<String> permissionNames() {
        SortedSet<String> names = new TreeSet<>();
        permissions.forEach(permission -> names.add(permission.name()));
        return names;
    }

    /** The role as callers see it (the contract record). */
    public Role view() {
        return new Role(name, description, List.copyOf(permissionNames()));
    }
}
