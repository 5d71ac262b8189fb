package nova.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceContextTest {

    static final String PARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    static final String UNSAMPLED = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00";

    @BeforeEach
    void startOutsideAnyScope() {
        TraceContext.enter(null); // deliberately not closed: clears whatever an earlier test left on this thread
    }

    @AfterEach
    void noScopeIsLeftOpen() {
        Optional<String> left = TraceContext.current();
        TraceContext.enter(null);
        assertEquals(Optional.empty(), left, "a scope was left open");
    }

    static String traceId(String traceparent) {
        return traceparent.substring(3, 35);
    }

    static String spanId(String traceparent) {
        return traceparent.substring(36, 52);
    }

    static String flags(String traceparent) {
        return traceparent.substring(53, 55);
    }

    @ParameterizedTest
    @ValueSource(strings = {PARENT, UNSAMPLED, "00-00000000000000000000000000000001-0000000000000001-ff"})
    void acceptsAW3cTraceparent(String traceparent) {
        assertTrue(TraceContext.isValid(traceparent));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01", // all-zero trace id
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", // all-zero span id
            "00-00000000000000000000000000000000-0000000000000000-01",
            "", "garbage",
            "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", // unknown version
            "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01", // trace id too short
            "00-4bf92f3577b34da6a3ce929d0e0e47361-00f067aa0ba902b7-01", // trace id too long
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b-01", // span id too short
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-1", // flags too short
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01", // upper case
            "00-4bf92f3577b34da6a3ce929d0e0e473g-00f067aa0ba902b7-01", // not hex
            "00_4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7_01", // wrong separators
            " 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", // surrounding space
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\n"})
    void rejectsAnythingElse(String traceparent) {
        assertFalse(TraceContext.isValid(traceparent));
    }

    @Test
    void childOfCurrentOutsideAnyScopeIsAValidNewRoot() {
        String a = TraceContext.childOfCurrent();
        String b = TraceContext.childOfCurrent();

        assertTrue(TraceContext.isValid(a), a);
        assertTrue(TraceContext.isValid(b), b);
        assertEquals("01", flags(a), "a new root is sampled");
        assertNotEquals(traceId(a), traceId(b), "each root starts its own trace");
        assertEquals(Optional.empty(), TraceContext.current(), "making a root does not enter it");
    }

    @Test
    void newRootsAreRandom() {
        Set<String> traces = new HashSet<>();
        Set<String> spans = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String t = TraceContext.childOfCurrent();
            traces.add(traceId(t));
            spans.add(spanId(t));
        }
        assertEquals(1000, traces.size());
        assertEquals(1000, spans.size());
    }

    @Test
    void childOfCurrentInsideAScopeKeepsTraceIdAndFlagsWithANewSpan() {
        try (TraceContext.Scope scope = TraceContext.enter(PARENT)) {
            assertEquals(Optional.of(PARENT), TraceContext.current());

            String child = TraceContext.childOfCurrent();

            assertTrue(TraceContext.isValid(child), child);
            assertEquals(traceId(PARENT), traceId(child));
            assertEquals(flags(PARENT), flags(child));
            assertNotEquals(spanId(PARENT), spanId(child));
            assertNotEquals(spanId(child), spanId(TraceContext.childOfCurrent()), "every child is a new span");
            assertEquals(Optional.of(PARENT), TraceContext.current(), "the current trace is not changed");
        }
    }

    @Test
    void childKeepsUnsampledFlags() {
        try (TraceContext.Scope scope = TraceContext.enter(UNSAMPLED)) {
            String child = TraceContext.childOfCurrent();
            assertEquals("00", flags(child));
            assertEquals(traceId(UNSAMPLED), traceId(child));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "", "00-00000000000000000000000000000000-00f067aa0ba902b7-01"})
    void enterWithAnInvalidValueLeavesNoCurrentTrace(String invalid) {
        try (TraceContext.Scope scope = TraceContext.enter(invalid)) {
            assertEquals(Optional.empty(), TraceContext.current());
            String root = TraceContext.childOfCurrent();
            assertTrue(TraceContext.isValid(root), root);
        }
    }

    @Test
    void enterWithNullLeavesNoCurrentTrace() {
        try (TraceContext.Scope scope = TraceContext.enter(null)) {
            assertEquals(Optional.empty(), TraceContext.current());
        }
    }

    @Test
    void invalidValueInsideAScopeHidesTheOuterTraceAndRestoresIt() {
        try (TraceContext.Scope outer = TraceContext.enter(PARENT)) {
            try (TraceContext.Scope inner = TraceContext.enter("garbage")) {
                assertEquals(Optional.empty(), TraceContext.current());
            }
            assertEquals(Optional.of(PARENT), TraceContext.current());
        }
    }

    @Test
    void nestedScopesRestoreThePreviousValueWhenClosed() {
        TraceContext.Scope outer = TraceContext.enter(PARENT);
        assertEquals(Optional.of(PARENT), TraceContext.current());

        TraceContext.Scope inner = TraceContext.enter(UNSAMPLED);
        assertEquals(Optional.of(UNSAMPLED), TraceContext.current());
        assertEquals(traceId(UNSAMPLED), traceId(TraceContext.childOfCurrent()));

        inner.close();
        assertEquals(Optional.of(PARENT), TraceContext.current());
        assertEquals(traceId(PARENT), traceId(TraceContext.childOfCurrent()));

        outer.close();
        assertEquals(Optional.empty(), TraceContext.current());
    }

    @Test
    void theTraceBelongsToTheThread() throws Exception {
        try (TraceContext.Scope scope = TraceContext.enter(PARENT)) {
            Optional<String> elsewhere = CompletableFuture.supplyAsync(TraceContext::current,
                    r -> new Thread(r).start()).get(10, TimeUnit.SECONDS);
            assertEquals(Optional.empty(), elsewhere);
            assertEquals(Optional.of(PARENT), TraceContext.current());
        }
    }
}
