package nova.user.role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A named permission ({@code permissions}): what resources check and tokens carry in {@code groups}. Seeded by the
 * migrations, exactly {@link nova.platform.security.Permissions#ALL}; this context never writes the table.
 */
@Entity
@Table(name = "permissions")
public class Permission {

    @Id
    private String name;

    @Column(nullable = false)
    private String description;

    protected Permission() {
        // for JPA
    }

    /** A permission (the migrations make the real ones; tests build them here). */
    Permission(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }
}
