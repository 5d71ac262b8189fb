package nova.user.infra;

import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.dialect.PostgreSQLDialect;
import nova.user.profile.Profile;
import nova.user.profile.User;
import nova.user.role.Permission;
import nova.user.role.RoleDefinition;
import nova.user.role.RoleGrant;
import nova.user.settings.Settings;

/**
 * The context's entities as Hibernate maps them, without a database (as the server boots them: no JDBC metadata).
 * Building it checks the mappings; {@code createQuery} on it checks a JPQL query against them, without running it.
 */
public final class Mappings {

    private static EntityManagerFactory factory;

    private Mappings() {
    }

    public static synchronized EntityManagerFactory factory() {
        if (factory == null) {
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(Map.of(
                    "hibernate.dialect", PostgreSQLDialect.class.getName(),
                    "hibernate.boot.allow_jdbc_metadata_access", "false",
                    "hibernate.hbm2ddl.auto", "none",
                    "hibernate.jdbc.time_zone", "UTC")).build();
            factory = new MetadataSources(registry)
                    .addAnnotatedClass(User.class).addAnnotatedClass(Profile.class).addAnnotatedClass(Settings.class)
                    .addAnnotatedClass(Permission.class).addAnnotatedClass(RoleDefinition.class)
                    .addAnnotatedClass(RoleGrant.class)
                    .buildMetadata().buildSessionFactory();
        }
        return factory;
    }
}
