package nova.gateway.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.ws.rs.GET;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nova.contracts.content.ModerationApi;
import nova.gateway.infra.ApiError;
import nova.gateway.infra.ContextClient;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.junit.jupiter.api.Test;

/**
 * The gateway's client rules (as infra's ClientFaultToleranceTest holds them for the other clients) for the
 * moderation client: every operation of {@link ModerationApi} wrapped, each with a timeout, a circuit breaker and
 * a bulkhead that a refusal never trips, and only the read retried.
 */
class ModerationClientTest {

    private static List<Method> calls() {
        return Arrays.stream(ModerationClient.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).toList();
    }

    @Test
    void everyOperationIsWrappedOnce() {
        Set<String> contract = Arrays.stream(ModerationApi.class.getMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(contract, calls().stream().map(Method::getName).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals("content", ModerationClient.class.getAnnotation(ContextClient.class).value());
    }

    @Test
    void aRefusalNeverCountsAgainstTheCircuitAndOnlyTheReadIsRetried() throws Exception {
        for (Method call : calls()) {
            assertNotNull(call.getAnnotation(Timeout.class), call.getName());
            assertNotNull(call.getAnnotation(Bulkhead.class), call.getName());
            CircuitBreaker breaker = call.getAnnotation(CircuitBreaker.class);
            assertEquals(List.of(ApiError.class), List.of(breaker.skipOn()), call.getName());
            Retry retry = call.getAnnotation(Retry.class);
            if (retry != null) {
                assertEquals(List.of(ApiError.class), List.of(retry.abortOn()), call.getName());
            }
            Method operation = Arrays.stream(ModerationApi.class.getMethods())
                    .filter(m -> m.getName().equals(call.getName())).findFirst().orElseThrow();
            assertEquals(operation.isAnnotationPresent(GET.class), retry != null, call.getName());
            assertEquals(true, call.getAnnotation(Timeout.class).value()
                    <= ModerationClient.READ_TIMEOUT_SECONDS * 1000L, call.getName());
        }
    }

    @Test
    void graphqlValuesAreTheContentContextsInLowerCase() {
        assertEquals("misinformation", ReportCategory.MISINFORMATION.wire());
        assertEquals(ReportedItemState.SUSPENDED, ReportedItemState.of("suspended"));
        assertEquals(null, ReportResolution.of(null));
    }
}
