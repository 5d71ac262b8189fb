package nova.user.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nova.platform.security.Permissions;
import org.junit.jupiter.api.Test;

/**
 * The permissions the migrations seed are exactly {@link Permissions#ALL}, the names resources check: a
 * permission added to the code without a migration (or the other way round) fails here, not in production. A
 * later migration that adds a permission must add it to admin as well.
 */
class SeededRolesTest {

    static final List<String> MIGRATIONS = List.of("V2__media_links_lifecycle_settings_roles.sql");

    static String migrations() throws IOException {
        StringBuilder sql = new StringBuilder();
        for (String file : MIGRATIONS) {
            try (InputStream in = SeededRolesTest.class.getResourceAsStream("/db/migration/" + file)) {
                sql.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        // comments say what the SQL does; only the SQL counts here
        return sql.toString().replaceAll("--[^\\n]*", "");
    }

    /** The rows of {@code INSERT INTO <table> (...) VALUES (...), (...);}, each as its quoted values. */
    static List<List<String>> rows(String sql, String table) {
        List<List<String>> rows = new ArrayList<>();
        Matcher insert = Pattern.compile("INSERT INTO " + table + " \\([^)]*\\) VALUES(.*?);\\s*\\n", Pattern.DOTALL).matcher(sql);
        while (insert.find()) {
            Matcher tuple = Pattern.compile("\\(((?:'(?:[^']|'')*'\\s*,?\\s*)+)\\)").matcher(insert.group(1));
            while (tuple.find()) {
                List<String> values = new ArrayList<>();
                Matcher value = Pattern.compile("'((?:[^']|'')*)'").matcher(tuple.group(1));
                while (value.find()) {
                    values.add(value.group(1).replace("''", "'"));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    @Test
    void theSeededPermissionsAreExactlyThoseTheCodeChecks() throws IOException {
        List<String> seeded = rows(migrations(), "permissions").stream().map(row -> row.get(0)).toList();
        assertEquals(new TreeSet<>(Permissions.ALL), new TreeSet<>(seeded));
        assertEquals(seeded.size(), new TreeSet<>(seeded).size(), "each once");
        assertTrue(!seeded.contains(Permissions.SIGNED_IN), "user is the signed-in group, not a named permission");
    }

    @Test
    void theThreeRolesAreSeeded() throws IOException {
        assertEquals(List.of("user", "moderator", "admin"),
                rows(migrations(), "roles").stream().map(row -> row.get(0)).toList());
    }

    @Test
    void moderatorsModerateAndBanAdminsHoldEverything() throws IOException {
        String sql = migrations();
        List<List<String>> grants = rows(sql, "role_permissions");
        assertEquals(List.of(List.of("moderator", Permissions.MODERATE_CONTENT), List.of("moderator", Permissions.BAN_USERS)),
                grants);
        assertTrue(sql.contains("INSERT INTO role_permissions (role_name, permission_name)\nSELECT 'admin', name FROM permissions;"),
                "admin holds every seeded permission");
        assertTrue(grants.stream().noneMatch(grant -> grant.get(0).equals("user")), "user grants no named permission");
    }

    @Test
    void everyExistingAccountGetsTheRoleUser() throws IOException {
        assertTrue(migrations().contains("INSERT INTO user_roles (user_id, role_name, granted_at)\nSELECT id, 'user', created_at FROM users;"));
    }
}
