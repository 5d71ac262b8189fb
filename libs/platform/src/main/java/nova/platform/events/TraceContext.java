package nova.platform.events;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The W3C trace context ({@code traceparent}) of the work this thread is doing: set from an
 * incoming HTTP request or an incoming event, carried into every event written meanwhile, so one
 * trace id follows a user action through all contexts.
 */
public final class TraceContext {

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final String INVALID_TRACE = "0".repeat(32);
    private static final String INVALID_SPAN = "0".repeat(16);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TraceContext() {
    }

    public static boolean isValid(String traceparent) {
        if (traceparent == null) {
            return false;
        }
        var m = TRACEPARENT.matcher(traceparent);
        return m.matches() && !m.group(1).equals(INVALID_TRACE) && !m.group(2).equals(INVALID_SPAN);
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs with {@code traceparent} as the current trace (ignored when invalid); restores the previous one after. */
    public static Scope enter(String traceparent) {
        String previous = CURRENT.get();
        CURRENT.set(traceparent != null && isValid(traceparent) ? traceparent : null);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** A new span in the current trace, or the root of a new trace. */
    public static String childOfCurrent() {
        String trace = current().map(t -> t.substring(3, 35)).orElseGet(() -> hex(16));
        String flags = current().map(t -> t.substring(53, 55)).orElse("01");
        return "00-" + trace + "-" + hex(8) + "-" + flags;
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        String s;
        do {
            RANDOM.nextBytes(b);
            s = HexFormat.of().formatHex(b);
        } while (s.equals(INVALID_TRACE) || s.equals(INVALID_SPAN));
        return s;
    }

    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
