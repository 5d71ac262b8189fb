package nova.tools.architecture;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cross-context database access on the running system (ARCHITECTURE §1: one database and one login
 * role per context). Each role's privileges are read by the role itself; the live attempts of every
 * role on every other context's database are {@code DatabaseIsolationIT}'s, whose report is read here.
 */
final class DatabaseAccess {

    /** What one context role may do: the Nova databases it can connect to, and any power beyond a plain login. */
    record Role(String context, Set<String> connectable, Set<String> powers) {
    }

    private DatabaseAccess() {
    }

    static List<Role> roles(List<String> contexts, Map<String, String> env) throws SQLException {
        List<Role> roles = new ArrayList<>();
        for (String context : contexts) {
            String db = "nova_" + context;
            Properties login = new Properties();
            login.setProperty("user", db);
            login.setProperty("password", env.getOrDefault("NOVA_DB_PASSWORD_" + context.toUpperCase(Locale.ROOT), ""));
            login.setProperty("connectTimeout", "5");
            String url = "jdbc:postgresql://" + env.getOrDefault("NOVA_DB_HOST", "localhost") + ":"
                    + env.getOrDefault("NOVA_DB_PORT", "5432") + "/" + db;
            try (Connection c = DriverManager.getConnection(url, login); Statement s = c.createStatement()) {
                Set<String> connectable = new TreeSet<>();
                try (ResultSet r = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'nova\\_%' "
                        + "AND has_database_privilege(current_user, datname, 'CONNECT')")) {
                    while (r.next()) {
                        connectable.add(r.getString(1));
                    }
                }
                Set<String> powers = new TreeSet<>();
                try (ResultSet r = s.executeQuery("SELECT rolsuper, rolcreatedb, rolcreaterole, rolbypassrls, rolreplication "
                        + "FROM pg_roles WHERE rolname = current_user")) {
                    r.next();
                    String[] names = {"SUPERUSER", "CREATEDB", "CREATEROLE", "BYPASSRLS", "REPLICATION"};
                    for (int i = 0; i < names.length; i++) {
                        if (r.getBoolean(i + 1)) {
                            powers.add(names[i]);
                        }
                    }
                }
                roles.add(new Role(context, connectable, powers));
            }
        }
        return roles;
    }

    /** A role that may connect to another context's database, or holds more than a plain login. */
    static List<String> violations(List<Role> roles) {
        List<String> found = new ArrayList<>();
        for (Role role : roles) {
            Set<String> foreign = new TreeSet<>(role.connectable());
            foreign.remove("nova_" + role.context());
            if (!foreign.isEmpty()) {
                found.add("nova_" + role.context() + " may connect to " + foreign);
            }
            if (!role.powers().isEmpty()) {
                found.add("nova_" + role.context() + " has " + role.powers());
            }
        }
        return found;
    }

    /** DatabaseIsolationIT's live attempts: every role on every other context's database, expected refused. */
    record Attempts(int refused, int total, List<String> failures) {

        static Attempts of(List<ExistingTests.Outcome> outcomes) {
            List<ExistingTests.Outcome> attempts = outcomes.stream().filter(o -> o.name().contains(" is refused by ")).toList();
            List<String> failures = outcomes.stream().filter(o -> !o.passed()).map(o -> o.name() + ": " + o.message()).toList();
            return new Attempts((int) attempts.stream().filter(ExistingTests.Outcome::passed).count(), attempts.size(), failures);
        }
    }
}
