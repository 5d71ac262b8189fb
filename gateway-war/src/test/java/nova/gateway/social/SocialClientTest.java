package nova.gateway.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.GET;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nova.contracts.social.SocialApi;
import nova.gateway.infra.ApiError;
import nova.gateway.infra.ContextClient;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.junit.jupiter.api.Test;

/** The rules every decorated client keeps (infra's ClientFaultToleranceTest), held for {@link SocialClient}. */
class SocialClientTest {

    private static List<Method> calls() {
        return Arrays.stream(SocialClient.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())).toList();
    }

    private static Method operation(Method call) {
        return Arrays.stream(SocialApi.class.getMethods()).filter(m -> m.getName().equals(call.getName()))
                .findFirst().orElseThrow();
    }

    @Test
    void everyContractOperationHasItsDecoratedCall() {
        Set<String> contract = Arrays.stream(SocialApi.class.getMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> wrapped = calls().stream().map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(contract, wrapped);
        assertEquals("social", SocialClient.class.getAnnotation(ContextClient.class).value());
    }

    @Test
    void aRefusalNeverCountsAgainstTheCircuitNorIsRetriedAndOnlyReadsAreRetried() {
        for (Method call : calls()) {
            assertNotNull(call.getAnnotation(Timeout.class), call.getName() + " has a timeout");
            assertNotNull(call.getAnnotation(Bulkhead.class), call.getName() + " has a bulkhead");
            CircuitBreaker breaker = call.getAnnotation(CircuitBreaker.class);
            assertNotNull(breaker, call.getName() + " has a circuit breaker");
            assertEquals(List.of(ApiError.class), List.of(breaker.skipOn()), call.getName());
            Retry retry = call.getAnnotation(Retry.class);
            boolean read = operation(call).isAnnotationPresent(GET.class);
            assertEquals(read, retry != null, call.getName() + (read ? " is a read" : " changes something"));
            if (retry != null) {
                assertEquals(List.of(ApiError.class), List.of(retry.abortOn()), call.getName());
            }
        }
    }

    @Test
    void theReadTimeoutOfTheSocketIsNoShorterThanAnyTimeout() {
        long longest = calls().stream().mapToLong(m -> m.getAnnotation(Timeout.class).value()).max().orElseThrow();
        assertTrue(longest <= SocialClient.READ_TIMEOUT_SECONDS * 1000L);
    }
}
