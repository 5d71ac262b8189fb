package nova.tools.architecture;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the parts of a Nova code base live, by package, and the policy they are held to. The real
 * code is {@code Layout.of("nova")}; each fixture that breaks a rule has its own root package with
 * the same shape ({@code <root>.<context>}, {@code <root>.contracts.<context>}, {@code <root>.platform}).
 */
record Layout(String root) {

    static final Layout NOVA = new Layout("nova");

    /** The eight contexts: the design's six core domains and two supporting services. */
    static final List<String> CORE = List.of("identity", "user", "content", "social", "media", "communication");
    static final List<String> SUPPORT = List.of("events", "search");
    static final String GATEWAY = "gateway";

    /**
     * ARCHITECTURE §4, the whole list of synchronous edges allowed. The gateway may call every
     * context. Everything else travels as events.
     */
    static final Map<String, Set<String>> ALLOWED_EDGES = Map.of(
            "user", Set.of("identity"),
            "content", Set.of("user", "media"),
            "social", Set.of("content", "user"),
            "communication", Set.of("user"),
            GATEWAY, Set.of("identity", "user", "content", "social", "media", "communication", "events", "search"));

    /**
     * Contract clients in this contracts package are operational (health probes), not domain calls:
     * their target is whatever URL they are given, so they add no edge. Only the gateway may use them.
     */
    static final String OPS = "ops";

    static List<String> contexts() {
        return java.util.stream.Stream.concat(CORE.stream(), SUPPORT.stream()).toList();
    }

    String contextPackage(String context) {
        return root + "." + context;
    }

    String contracts() {
        return root + ".contracts";
    }

    String platform() {
        return root + ".platform";
    }

    /** The relay: the one way to Kafka (ARCHITECTURE §5). */
    String outboxRelay() {
        return root + ".platform.events.OutboxRelay";
    }

    /**
     * The relay and its way out, allowed to name producer records and the emitter: the send-and-ack
     * pipeline, the claimed row, the sender interface and the emitter channel.
     */
    java.util.Set<String> outboxRelayClasses() {
        String events = root + ".platform.events.";
        return java.util.Set.of(outboxRelay(), events + "RelayPipeline", events + "PendingRow", events + "RecordSender",
                events + "OutboxChannel");
    }

    /** The context a contract type belongs to: {@code <root>.contracts.<context>.X}, or null. */
    String contractContext(String className) {
        String prefix = contracts() + ".";
        if (!className.startsWith(prefix)) {
            return null;
        }
        String rest = className.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? null : rest.substring(0, dot);
    }
}
