package nova.tools.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which context owns which table, read from each WAR's Flyway migrations (ARCHITECTURE §6), and
 * every piece of SQL that names a table its module does not own. The platform's tables
 * ({@code outbox_events}, {@code outbox_pending}, {@code processed_events}, {@code revoked_sessions}, {@code erased_members}) are created by the
 * platform's own migrations in every context's database: one copy per database, not a shared table.
 */
final class TableOwnership {

    private static final Pattern COMMENTS = Pattern.compile("--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final String NAME = "(?:\"?\\w+\"?\\.)?\"?(\\w+)\"?";
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?i)\\bCREATE\\s+(?:UNLOGGED\\s+|TEMP(?:ORARY)?\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + NAME);
    /** Wherever SQL names a table: reads, writes, DDL, foreign keys, indexes. */
    private static final Pattern TABLE_REFERENCE = Pattern.compile(
            "(?i)\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|REFERENCES|TRUNCATE|ON)\\s+(?:ONLY\\s+)?(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?" + NAME);
    static final String JPA_TABLE = "jakarta.persistence.Table";

    /** table → the contexts whose migrations create it. */
    final Map<String, Set<String>> creators = new TreeMap<>();
    final Set<String> platformTables = new TreeSet<>();
    private final Codebase code;

    private TableOwnership(Codebase code) {
        this.code = code;
    }

    static TableOwnership of(Codebase code) {
        TableOwnership ownership = new TableOwnership(code);
        code.platform().migrations().values().forEach(sql -> ownership.platformTables.addAll(created(sql)));
        for (Module war : code.wars()) {
            war.migrations().values().forEach(sql -> created(sql)
                    .forEach(table -> ownership.creators.computeIfAbsent(table, t -> new TreeSet<>()).add(war.name())));
        }
        return ownership;
    }

    static List<String> created(String sql) {
        List<String> tables = new ArrayList<>();
        Matcher m = CREATE_TABLE.matcher(stripComments(sql));
        while (m.find()) {
            tables.add(m.group(1).toLowerCase());
        }
        return tables;
    }

    static List<String> referenced(String sql) {
        List<String> tables = new ArrayList<>();
        Matcher m = TABLE_REFERENCE.matcher(stripComments(sql));
        while (m.find()) {
            tables.add(m.group(1).toLowerCase());
        }
        return tables;
    }

    private static String stripComments(String sql) {
        return COMMENTS.matcher(sql).replaceAll(" ");
    }

    /** context → the tables it owns (platform copies left out). */
    Map<String, Set<String>> owned() {
        Map<String, Set<String>> owned = new TreeMap<>();
        code.wars().forEach(w -> owned.put(w.name(), new TreeSet<>()));
        creators.forEach((table, owners) -> owners.forEach(o -> owned.get(o).add(table)));
        return owned;
    }

    /** A table created by two contexts, or a platform table created by a context. */
    List<String> conflicts() {
        List<String> found = new ArrayList<>();
        creators.forEach((table, owners) -> {
            if (owners.size() > 1) {
                found.add(table + " is created by " + String.join(" and ", owners) + ": a table has exactly one owner");
            }
            if (platformTables.contains(table)) {
                found.add(table + " is the platform's (one copy per database), yet created by " + owners);
            }
        });
        return found;
    }

    /**
     * SQL in a module — its migrations, the text constants of its classes, its entities' {@code @Table}
     * names — that names a table owned by another context. The gateway, contracts and platform own
     * no context table, so for them every context table is foreign.
     */
    List<String> foreignSql() {
        List<String> found = new ArrayList<>();
        for (Module module : code.all()) {
            Map<String, List<String>> texts = new LinkedHashMap<>();
            module.migrations().forEach((file, sql) -> texts.put("migration " + file, List.of(sql)));
            for (JavaClass c : module.ownList()) {
                c.getSource().ifPresent(source -> texts.put(c.getName(), ClassConstants.strings(source.getUri())));
                c.tryGetAnnotationOfType(JPA_TABLE).flatMap(a -> a.get("name"))
                        .ifPresent(name -> texts.put(c.getName() + " @Table", List.of("TABLE " + name)));
            }
            texts.forEach((where, strings) -> {
                Set<String> foreign = new TreeSet<>();
                for (String text : strings) {
                    for (String table : referenced(text)) {
                        Set<String> owners = creators.get(table);
                        if (owners != null && !owners.contains(module.name())) {
                            foreign.add(table + " (" + String.join(", ", owners) + ")");
                        }
                    }
                }
                if (!foreign.isEmpty()) {
                    found.add(module.name() + ": " + where + " names another context's table " + String.join(", ", foreign));
                }
            });
        }
        return found;
    }
}
