package nova.perf;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the gateway's CPU goes, from a Java Flight Recorder file of a saturation run: of all execution
 * samples, the share whose stack passes through each part of a GraphQL call (a sample may count in several:
 * the REST client runs inside Fault Tolerance, which runs inside the GraphQL engine), then the methods that
 * were on top of the stack most often. Prints; asserts nothing. {@code java nova.perf.Hotspots FILE}.
 */
public final class Hotspots {

    /** Parts of a call, by the frames that belong to them (a prefix of class name or class.method). */
    private static final Map<String, List<String>> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("servlet container + HTTP in", List.of("com.ibm.ws.webcontainer", "com.ibm.ws.http", "com.ibm.io"));
        PARTS.put("DocumentLimitsFilter (limits pass)", List.of("nova.gateway.infra.DocumentLimits"));
        PARTS.put("ErrorExtensionsFilter (answer rewrite)", List.of("nova.gateway.infra.ErrorExtensionsFilter"));
        PARTS.put("gateway protocol filter", List.of("nova.gateway.infra.GraphqlHttp"));
        PARTS.put("SmallRye GraphQL servlet", List.of("io.smallrye.graphql"));
        PARTS.put("graphql-java parse", List.of("graphql.parser", "graphql.language"));
        PARTS.put("graphql-java validate", List.of("graphql.validation"));
        PARTS.put("graphql-java execute", List.of("graphql.execution"));
        PARTS.put("CDI (Weld) proxies, contexts, interceptors", List.of("org.jboss.weld", "com.ibm.ws.cdi"));
        PARTS.put("Fault Tolerance", List.of("io.smallrye.faulttolerance", "com.ibm.ws.microprofile.faulttolerance",
                "io.openliberty.microprofile.faulttolerance"));
        PARTS.put("metrics", List.of("io.smallrye.metrics", "com.ibm.ws.microprofile.metrics",
                "io.openliberty.microprofile.metrics", "io.micrometer"));
        PARTS.put("REST client (RESTEasy)", List.of("org.jboss.resteasy.client", "org.jboss.resteasy.microprofile",
                "org.jboss.resteasy.plugins.providers", "org.jboss.resteasy.core"));
        PARTS.put("HTTP out (JDK URLConnection / HttpClient)", List.of("sun.net.www", "jdk.internal.net.http",
                "java.net.http", "org.apache.http"));
        PARTS.put("JSON-B (Yasson)", List.of("org.eclipse.yasson"));
        PARTS.put("JSON-P (Parsson)", List.of("org.eclipse.parsson"));
        PARTS.put("logging", List.of("java.util.logging", "com.ibm.ws.logging", "com.ibm.websphere.ras"));
        PARTS.put("security (JAAS, subjects)", List.of("com.ibm.ws.security", "javax.security.auth"));
        PARTS.put("socket I/O", List.of("sun.nio.ch", "java.net.Socket", "sun.nio.cs"));
    }

    private Hotspots() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> parts = new LinkedHashMap<>();
        PARTS.keySet().forEach(part -> parts.put(part, 0));
        Map<String, Integer> owners = new LinkedHashMap<>();
        Map<String, Integer> tops = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            threads.merge(threadGroup(event.getThread("sampledThread") == null ? "?"
                    : event.getThread("sampledThread").getJavaName()), 1, Integer::sum);
            tops.merge(name(stack.getFrames().get(0)), 1, Integer::sum);
            owners.merge(owner(stack), 1, Integer::sum);
            for (Map.Entry<String, List<String>> part : PARTS.entrySet()) {
                if (stack.getFrames().stream().map(Hotspots::name)
                        .anyMatch(frame -> part.getValue().stream().anyMatch(frame::startsWith))) {
                    parts.merge(part.getKey(), 1, Integer::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "==== gateway CPU samples: %d (share of samples whose stack passes through) ====%n",
                samples);
        int total = samples;
        parts.forEach((part, n) -> System.out.printf(Locale.ROOT, "%5.1f %%  %s%n", 100.0 * n / total, part));
        System.out.println("---- the part nearest the top of the stack (each sample once) ----");
        owners.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "%5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
        System.out.println("---- by thread ----");
        threads.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.out.printf(Locale.ROOT, "%5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
        System.out.println("---- top of stack ----");
        tops.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(30)
                .forEach(e -> System.out.printf(Locale.ROOT, "%5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
    }

    /** The part of the first frame, from the top, that belongs to one. */
    private static String owner(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            String name = name(frame);
            for (Map.Entry<String, List<String>> part : PARTS.entrySet()) {
                if (part.getValue().stream().anyMatch(name::startsWith)) {
                    return part.getKey();
                }
            }
        }
        return "other";
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** Executor threads are numbered: count them as one group. */
    private static String threadGroup(String thread) {
        return thread.replaceAll("[-# ]?\\d+$", "").replaceAll("\\d+", "N");
    }
}
