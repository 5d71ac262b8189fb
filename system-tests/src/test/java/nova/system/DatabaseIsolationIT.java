package nova.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ARCHITECTURE §1: each table has one writer, enforced by one database and one login role per context. */
class DatabaseIsolationIT {

    /** PostgreSQL's SQLSTATE for "permission denied for database". */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    static Stream<Nova.Server> contexts() {
        return Nova.CONTEXTS.stream();
    }

    static Stream<Arguments> foreignDatabases() {
        return Nova.CONTEXTS.stream().flatMap(role -> Nova.CONTEXTS.stream()
                .filter(database -> database != role)
                .map(database -> Arguments.of(Named.of(role.name(), role), Named.of(database.database(), database))));
    }

    @ParameterizedTest(name = "{0} owns {0}'s database")
    @MethodSource("contexts")
    void roleConnectsToItsOwnDatabaseAndOwnsItsTables(Nova.Server context) throws SQLException {
        try (Connection connection = connect(context, context.database());
             Statement statement = connection.createStatement();
             ResultSet owner = statement.executeQuery(
                     "SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'outbox_events'")) {
            assertTrue(owner.next(), "the platform migration created outbox_events");
            assertEquals(context.database(), owner.getString(1));
        }
    }

    @ParameterizedTest(name = "{0} is refused by {1}")
    @MethodSource("foreignDatabases")
    void roleIsRefusedByEveryOtherContextsDatabase(Nova.Server role, Nova.Server other) {
        SQLException refused = assertThrows(SQLException.class, () -> connect(role, other.database()).close());
        assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), refused.getMessage());
        assertTrue(refused.getMessage().contains("permission denied for database"), refused.getMessage());
    }

    private static Connection connect(Nova.Server role, String database) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", role.database());
        login.setProperty("password", role.dbPassword());
        login.setProperty("connectTimeout", "5");
        String host = System.getenv().getOrDefault("NOVA_DB_HOST", "localhost");
        String port = System.getenv().getOrDefault("NOVA_DB_PORT", "5432");
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, login);
    }
}
