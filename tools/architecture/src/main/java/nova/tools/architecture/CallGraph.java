package nova.tools.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.ReferencedClassObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The synchronous call graph as the code has it: WAR {@code w} calls context {@code c} when one of
 * its classes uses (injects, builds, calls — anything but implements) a REST client interface of
 * {@code <root>.contracts.<c>}. Nothing is hand-listed; ARCHITECTURE §4 only says which edges are allowed.
 *
 * <p>Clients of {@code contracts.ops} (the health probe) are operational: they reach whatever URL they
 * are given, so they are counted apart ({@link #opsClients}), not as edges, and only the gateway may
 * use them — the gateway may call every context anyway.
 *
 * <p>A call that would hide from the graph is a violation: a REST client interface declared inside a
 * WAR, one built with {@code RestClientBuilder} from outside the contracts, or an untyped HTTP client (except in a
 * class marked {@code @ExternalService}: HTTP to a service outside Nova, listed apart in {@link #externalCalls}).
 */
final class CallGraph {

    static final String PATH = "jakarta.ws.rs.Path";
    static final String REGISTER_REST_CLIENT = "org.eclipse.microprofile.rest.client.inject.RegisterRestClient";
    static final String REST_CLIENT_BUILDER = "org.eclipse.microprofile.rest.client.RestClientBuilder";
    private static final Set<String> UNTYPED_HTTP = Set.of(
            "jakarta.ws.rs.client.ClientBuilder", "java.net.http.HttpClient", "java.net.HttpURLConnection");

    /** caller (WAR) → contexts it calls. */
    final Map<String, Set<String>> edges = new TreeMap<>();
    /** WAR → the contract clients behind each of its edges, for the report. */
    final Map<String, Set<String>> clients = new TreeMap<>();
    /** WAR → operational clients it uses (health probes). */
    final Map<String, Set<String>> opsClients = new TreeMap<>();
    final List<String> hiddenCalls = new ArrayList<>();
    /** WAR → its classes marked {@code @ExternalService} (HTTP to services outside Nova), for the report. */
    final Map<String, Set<String>> externalCalls = new TreeMap<>();
    private final List<String> services;

    private CallGraph(List<String> services) {
        this.services = services;
    }

    /**
     * What a class marked with an annotation named {@code ExternalService} (platform's
     * {@code nova.platform.external.ExternalService}) says it calls outside Nova; null when it is not marked.
     */
    static String external(JavaClass c) {
        return c.getAnnotations().stream()
                .filter(a -> a.getRawType().getSimpleName().equals(EXTERNAL_SERVICE))
                .map(a -> String.valueOf(a.get("value").orElse("outside Nova")))
                .findFirst().orElse(null);
    }

    static final String EXTERNAL_SERVICE = "ExternalService";

    static CallGraph of(Codebase code) {
        Layout layout = code.layout();
        CallGraph graph = new CallGraph(code.wars().stream().map(Module::name).filter(n -> !n.equals(Layout.GATEWAY)).toList());
        for (Module war : code.wars()) {
            graph.edges.put(war.name(), new TreeSet<>());
            for (JavaClass c : war.ownList()) {
                if (c.isInterface() && c.isAnnotatedWith(REGISTER_REST_CLIENT)) {
                    graph.hiddenCalls.add(war.name() + ": " + c.getName() + " is a REST client declared in the WAR, not in "
                            + layout.contracts());
                }
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (UNTYPED_HTTP.contains(target.getName()) && external(c) != null) {
                        graph.externalCalls.computeIfAbsent(war.name(), k -> new TreeSet<>())
                                .add(c.getSimpleName() + " (" + external(c) + ")");
                    } else if (UNTYPED_HTTP.contains(target.getName())) {
                        graph.hiddenCalls.add(war.name() + ": " + c.getName() + " calls over an untyped HTTP client ("
                                + target.getSimpleName() + ")");
                    }
                    String context = layout.contractContext(target.getName());
                    if (context == null || !isRestInterface(target) || c.isAssignableTo(target.getName())) {
                        continue;
                    }
                    if (context.equals(Layout.OPS)) {
                        graph.opsClients.computeIfAbsent(war.name(), k -> new TreeSet<>()).add(target.getSimpleName());
                    } else if (!context.equals(war.name())) {
                        graph.edges.get(war.name()).add(context);
                        graph.clients.computeIfAbsent(war.name(), k -> new TreeSet<>())
                                .add(target.getSimpleName() + " (" + c.getSimpleName() + ")");
                    }
                }
                if (c.getMethodCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner().getName().equals(REST_CLIENT_BUILDER))) {
                    for (ReferencedClassObject literal : c.getReferencedClassObjects()) {
                        JavaClass type = literal.getRawType();
                        if (isRestInterface(type) && layout.contractContext(type.getName()) == null) {
                            graph.hiddenCalls.add(war.name() + ": " + c.getName() + " builds a REST client of "
                                    + type.getName() + ", which is not in " + layout.contracts());
                        }
                    }
                }
            }
        }
        return graph;
    }

    private static boolean isRestInterface(JavaClass type) {
        return type.isInterface() && (type.isAnnotatedWith(PATH) || type.isAnnotatedWith(REGISTER_REST_CLIENT));
    }

    /** Edges that ARCHITECTURE §4 does not allow, and operational clients outside the gateway. */
    List<String> disallowedEdges() {
        List<String> found = new ArrayList<>();
        edges.forEach((from, tos) -> tos.forEach(to -> {
            if (!Layout.ALLOWED_EDGES.getOrDefault(from, Set.of()).contains(to)) {
                found.add(from + " -> " + to + " (via " + clients.get(from) + ") is not an edge of ARCHITECTURE §4");
            }
        }));
        opsClients.forEach((war, used) -> {
            if (!war.equals(Layout.GATEWAY)) {
                found.add(war + " uses the operational client(s) " + used + ": only the gateway probes other servers");
            }
        });
        return found;
    }

    /** Every strongly connected group of two or more services, or a service calling itself. */
    List<String> cycles() {
        Tarjan tarjan = new Tarjan(edges);
        edges.keySet().forEach(tarjan::visit);
        List<String> found = new ArrayList<>();
        for (List<String> component : tarjan.components) {
            String first = component.get(0);
            if (component.size() > 1 || edges.getOrDefault(first, Set.of()).contains(first)) {
                found.add("cycle among " + String.join(", ", component));
            }
        }
        return found;
    }

    /** The services whose dependencies are averaged: the contexts (the gateway's fan-out is its job). */
    List<String> services() {
        return services;
    }

    int edgeCount(String war) {
        return edges.getOrDefault(war, Set.of()).size();
    }

    double averageDependencies() {
        return services.isEmpty() ? 0 : services.stream().mapToInt(this::edgeCount).sum() / (double) services.size();
    }

    /** "a -> b, c; d -> e" for every WAR with edges. */
    String describe() {
        List<String> parts = new ArrayList<>();
        edges.forEach((from, tos) -> {
            if (!tos.isEmpty()) {
                parts.add(from + " -> " + String.join(", ", tos));
            }
        });
        return parts.isEmpty() ? "no edges" : String.join("; ", parts);
    }

    private static final class Tarjan {
        final Map<String, Set<String>> graph;
        final Map<String, Integer> index = new HashMap<>();
        final Map<String, Integer> low = new HashMap<>();
        final Deque<String> stack = new ArrayDeque<>();
        final Set<String> onStack = new TreeSet<>();
        final List<List<String>> components = new ArrayList<>();

        Tarjan(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        void visit(String v) {
            if (index.containsKey(v)) {
                return;
            }
            index.put(v, index.size());
            low.put(v, index.get(v));
            stack.push(v);
            onStack.add(v);
            for (String w : graph.getOrDefault(v, Set.of())) {
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (onStack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                List<String> component = new ArrayList<>();
                String w;
                do {
                    w = stack.pop();
                    onStack.remove(w);
                    component.add(0, w);
                } while (!w.equals(v));
                components.add(component);
            }
        }
    }
}
