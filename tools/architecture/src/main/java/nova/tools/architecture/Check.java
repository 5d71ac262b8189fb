package nova.tools.architecture;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./nova check}: the design's success metrics measured from the built code and, unless
 * {@code --static}, from the running system. Prints metric | target | measured | ok, then what broke
 * and what was measured; exits 1 when any rule is broken.
 *
 * <pre>
 *   java nova.tools.architecture.Check [--root DIR] [--static] [--deploy-results FILE]
 *   java nova.tools.architecture.Check [--root DIR] --save-live FILE
 *   java nova.tools.architecture.Check [--root DIR] --live-from FILE [--deploy-results FILE]
 * </pre>
 * {@code --save-live} measures only the running system's rows and writes them to FILE, printing nothing;
 * {@code --live-from} takes those rows from FILE instead of measuring them. {@code ./nova check --deploy} measures
 * the live rows this way before its deploy check, which leaves the servers down.
 * {@code --deploy-results} is written by {@code ./nova check --deploy}: one line per server,
 * {@code <server> ok|fail <detail>}, after starting it with every other server down.
 */
public final class Check {

    enum Status { OK, BROKEN, SKIPPED }

    record Row(String metric, String target, String measured, Status status, List<String> details) {

        static Row of(String metric, String target, String measured, List<String> violations) {
            return new Row(metric, target, measured, violations.isEmpty() ? Status.OK : Status.BROKEN, violations);
        }

        static Row count(String metric, List<String> violations) {
            return of(metric, "0", String.valueOf(violations.size()), violations);
        }

        static Row skipped(String metric, String target, String why) {
            return new Row(metric, target, "not measured: " + why, Status.SKIPPED, List.of());
        }

        static Row failed(String metric, String target, Exception e) {
            return new Row(metric, target, "could not measure", Status.BROKEN, List.of(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private Check() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(".");
        boolean live = true;
        Path deployResults = null;
        Path saveLive = null;
        Path liveFrom = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--static" -> live = false;
                case "--deploy-results" -> deployResults = Path.of(args[++i]);
                case "--save-live" -> saveLive = Path.of(args[++i]);
                case "--live-from" -> liveFrom = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: Check [--root DIR] [--static | --save-live FILE | --live-from FILE]"
                            + " [--deploy-results FILE]");
                    System.exit(2);
                }
            }
        }
        root = root.toAbsolutePath().normalize();
        Codebase code = Codebase.fromBuild(root);
        List<String> contexts = code.wars().stream().map(Module::name).filter(n -> !n.equals(Layout.GATEWAY)).toList();
        if (saveLive != null) {
            List<String> liveInfo = new ArrayList<>();
            LiveRows.write(saveLive, liveRows(root, contexts, liveInfo), liveInfo);
            return;
        }
        List<String> info = new ArrayList<>();
        List<Row> rows = new ArrayList<>(staticRows(code, info));
        rows.add(gatewayFootprint(root));
        if (liveFrom != null) {
            rows.addAll(LiveRows.read(liveFrom, info));
        } else if (live) {
            rows.addAll(liveRows(root, contexts, info));
        } else {
            rows.add(Row.skipped("context roles' privileges beyond their own database", "0", "--static"));
            rows.add(Row.skipped("cross-context connection attempts refused (live)", "all", "--static"));
            rows.add(Row.skipped("gateway datasources in use (live /metrics)", "0", "--static"));
        }
        rows.add(deployability(deployResults, code.wars().size()));
        print(rows, info);
        System.exit(rows.stream().anyMatch(r -> r.status() == Status.BROKEN) ? 1 : 0);
    }

    static List<Row> staticRows(Codebase code, List<String> info) {
        CallGraph graph = CallGraph.of(code);
        Services services = Services.of(code);
        TableOwnership tables = TableOwnership.of(code);
        int edges = graph.services().stream().mapToInt(graph::edgeCount).sum();
        double average = graph.averageDependencies();
        List<String> averageViolations = average < 2 ? List.of()
                : List.of(String.format(Locale.ROOT, "%.2f synchronous dependencies per service", average));

        info.add("call graph (from the contract clients each WAR uses): " + graph.describe());
        graph.clients.forEach((war, used) -> info.add("  " + war + " uses " + String.join(", ", used)));
        graph.opsClients.forEach((war, used) -> info.add("  " + war + " probes health with " + String.join(", ", used)
                + " (operational, not an edge)"));
        graph.externalCalls.forEach((war, used) -> info.add("  " + war + " calls outside Nova with " + String.join(", ", used)
                + " (@ExternalService, not an edge)"));
        info.add("services: core " + services.core() + ", support " + services.support());
        info.add("tables by owner (from each context's migrations):");
        tables.owned().forEach((ctx, owned) -> info.add("  " + ctx + ": " + (owned.isEmpty() ? "-" : String.join(", ", owned))));
        info.add("  platform, one copy in every context database: " + String.join(", ", tables.platformTables));

        return List.of(
                Row.count("circular dependencies", graph.cycles()),
                Row.of("services", "6 core + 2 support", services.describe(), services.violations()),
                Row.of("synchronous edges outside ARCHITECTURE §4", "0",
                        graph.disallowedEdges().size() + " (edges: " + graph.describe() + ")", graph.disallowedEdges()),
                Row.count("calls hidden from the graph (no contract client)", graph.hiddenCalls),
                Row.of("average synchronous dependencies per service", "< 2",
                        String.format(Locale.ROOT, "%.2f (%d edges / %d contexts; gateway -> %d)", average, edges,
                                graph.services().size(), graph.edgeCount(Layout.GATEWAY)), averageViolations),
                Row.of("tables with more than one owner", "0", tables.conflicts().size() + " (of " + tables.creators.size()
                        + " context tables + " + tables.platformTables.size() + " platform tables per database)", tables.conflicts()),
                Row.count("SQL naming another context's tables", tables.foreignSql()),
                Row.count("classes crossing context lines (WAR -> WAR)", BoundaryRules.crossContextClasses(code)),
                Row.count("entities in resource or client signatures", BoundaryRules.entitiesInSignatures(code)),
                Row.count("Kafka producers outside the outbox relay", BoundaryRules.kafkaProducers(code)),
                Row.count("Kafka producers/consumers instead of Reactive Messaging channels",
                        BoundaryRules.kafkaClientsInsteadOfChannels(code)),
                Row.count("role names checked instead of permissions", BoundaryRules.roleNamesInsteadOfPermissions(code)));
    }

    private static Row gatewayFootprint(Path root) {
        String metric = "gateway datasources, JDBC/JPA on its classpath";
        try {
            List<String> findings = ExistingTests.gatewayFootprint(root);
            long datasources = findings.stream().filter(f -> f.startsWith("<dataSource>")).count();
            return Row.of(metric, "0", datasources + " datasources, " + (findings.size() - datasources) + " other findings", findings);
        } catch (Exception e) {
            return Row.failed(metric, "0", e);
        }
    }

    private static List<Row> liveRows(Path root, List<String> contexts, List<String> info) {
        List<Row> rows = new ArrayList<>();
        String privileges = "context roles' privileges beyond their own database";
        try {
            List<DatabaseAccess.Role> roles = DatabaseAccess.roles(contexts, System.getenv());
            info.add("context roles (live): the Nova databases each may connect to");
            roles.forEach(r -> info.add("  nova_" + r.context() + ": " + r.connectable()
                    + (r.powers().isEmpty() ? "" : ", has " + r.powers())));
            List<String> violations = DatabaseAccess.violations(roles);
            rows.add(Row.of(privileges, "0", violations.size() + " (of " + roles.size() + " roles)", violations));
        } catch (Exception e) {
            rows.add(Row.failed(privileges, "0", e));
        }
        String attemptsMetric = "cross-context connection attempts refused (live)";
        try {
            DatabaseAccess.Attempts attempts = DatabaseAccess.Attempts.of(
                    ExistingTests.run(root.resolve("system-tests/target/test-classes"), "nova.system.DatabaseIsolationIT"));
            int expected = contexts.size() * (contexts.size() - 1);
            List<String> violations = new ArrayList<>(attempts.failures());
            if (attempts.total() != expected) {
                violations.add(attempts.total() + " attempts made, " + expected + " expected");
            }
            rows.add(Row.of(attemptsMetric, expected + " of " + expected,
                    attempts.refused() + " of " + attempts.total() + " (DatabaseIsolationIT)", violations));
        } catch (Exception e) {
            rows.add(Row.failed(attemptsMetric, "all", e));
        }
        String metricsMetric = "gateway datasources in use (live /metrics)";
        try {
            Set<String> gateway = datasources(9080);
            // for contrast: each context exports its own pool (ports as in ARCHITECTURE §3, in the launcher's order)
            int contextsWithPool = 0;
            List<String> unreachable = new ArrayList<>();
            for (int i = 0; i < contexts.size(); i++) {
                try {
                    contextsWithPool += datasources(9081 + i).isEmpty() ? 0 : 1;
                } catch (Exception e) {
                    unreachable.add(contexts.get(i));
                }
            }
            List<String> violations = gateway.stream().map(d -> "the gateway exports the pool of datasource " + d).toList();
            rows.add(Row.of(metricsMetric, "0", gateway.size() + " (contexts with their own pool: " + contextsWithPool + " of "
                    + contexts.size() + (unreachable.isEmpty() ? "" : ", unreachable: " + String.join(", ", unreachable)) + ")",
                    violations));
        } catch (Exception e) {
            rows.add(Row.failed(metricsMetric, "0", e));
        }
        return rows;
    }

    private static final Pattern DATASOURCE = Pattern.compile("datasource=\"([^\"]+)\"");

    /** The datasources whose pool a server exports in its Prometheus metrics. */
    static Set<String> datasources(int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/metrics"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("localhost:" + port + "/metrics answered " + response.statusCode());
        }
        Set<String> names = new TreeSet<>();
        Matcher m = DATASOURCE.matcher(response.body());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static Row deployability(Path results, int servers) throws Exception {
        String metric = "independently deployable servers";
        if (results == null) {
            return Row.skipped(metric, "100%", "./nova check --deploy");
        }
        List<String> lines = Files.readAllLines(results).stream().filter(l -> !l.isBlank()).toList();
        List<String> failures = new ArrayList<>(lines.stream().filter(l -> !l.split("\\s+")[1].equals("ok")).toList());
        long ok = lines.size() - failures.size();
        if (lines.size() != servers) {
            failures.add(lines.size() + " servers tried, " + servers + " built");
        }
        return Row.of(metric, "100%", String.format(Locale.ROOT, "%d%% (%d of %d alone: ready, own reads served)",
                servers == 0 ? 0 : 100 * ok / servers, ok, servers), failures);
    }

    static void print(List<Row> rows, List<String> info) {
        int w1 = "metric".length(), w2 = "target".length(), w3 = "measured".length();
        for (Row r : rows) {
            w1 = Math.max(w1, r.metric().length());
            w2 = Math.max(w2, r.target().length());
            w3 = Math.max(w3, r.measured().length());
        }
        String format = "| %-" + w1 + "s | %-" + w2 + "s | %-" + w3 + "s | %-4s |%n";
        System.out.printf(format, "metric", "target", "measured", "ok");
        System.out.printf("|%s|%s|%s|------|%n", "-".repeat(w1 + 2), "-".repeat(w2 + 2), "-".repeat(w3 + 2));
        for (Row r : rows) {
            System.out.printf(format, r.metric(), r.target(), r.measured(),
                    switch (r.status()) { case OK -> "yes"; case BROKEN -> "NO"; case SKIPPED -> "-"; });
        }
        System.out.println();
        for (Row r : rows) {
            if (r.status() == Status.BROKEN) {
                System.out.println("BROKEN: " + r.metric());
                r.details().forEach(d -> System.out.println("  " + d));
            }
        }
        info.forEach(System.out::println);
        long broken = rows.stream().filter(r -> r.status() == Status.BROKEN).count();
        System.out.println(broken == 0 ? "\nall rules hold" : "\n" + broken + " rule(s) broken");
    }

}
