package nova.gateway.content;

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
import nova.contracts.content.ContentApi;
import nova.gateway.infra.ApiError;
import nova.gateway.infra.ContextClient;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.junit.jupiter.api.Test;

/** The rules of the decorated clients (as infra's ClientFaultToleranceTest), held for the content client. */
class ContentClientTest {

    private static List<Method> calls() {
        return Arrays.stream(ContentClient.class.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .toList();
    }

    private static Method operation(Method call) {
        return Arrays.stream(ContentApi.class.getMethods()).filter(m -> m.getName().equals(call.getName()))
                .findFirst().orElseThrow();
    }

    @Test
    void isTheContentContextsDecoratedClient() {
        assertEquals("content", ContentClient.class.getAnnotation(ContextClient.class).value());
    }

    @Test
    void everyContractOperationHasItsDecoratedCall() {
        Set<String> contract = Arrays.stream(ContentApi.class.getMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> wrapped = calls().stream().map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(contract, wrapped);
    }

    @Test
    void aRefusalNeverCountsAgainstTheCircuitNorIsRetried() {
        for (Method call : calls()) {
            assertNotNull(call.getAnnotation(Timeout.class), call.getName() + " has a timeout");
            assertNotNull(call.getAnnotation(Bulkhead.class), call.getName() + " has a bulkhead");
            CircuitBreaker breaker = call.getAnnotation(CircuitBreaker.class);
            assertNotNull(breaker, call.getName() + " has a circuit breaker");
            assertEquals(List.of(ApiError.class), List.of(breaker.skipOn()), call.getName());
            Retry retry = call.getAnnotation(Retry.class);
            if (retry != null) {
                assertEquals(List.of(ApiError.class), List.of(retry.abortOn()), call.getName());
            }
        }
    }

    @Test
    void onlyReadsAreRetriedACreateNever() {
        for (Method call : calls()) {
            boolean read = operation(call).isAnnotationPresent(GET.class);
            assertEquals(read, call.isAnnotationPresent(Retry.class), call.getName() + (read ? " is a read" : " changes something"));
        }
        assertTrue(Arrays.stream(ContentClient.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("createPost")).noneMatch(m -> m.isAnnotationPresent(Retry.class)));
    }

    @Test
    void theReadTimeoutOfTheSocketIsNoShorterThanAnyTimeout() {
        long longest = calls().stream().mapToLong(m -> m.getAnnotation(Timeout.class).value()).max().orElseThrow();
        assertTrue(longest <= ContentClient.READ_TIMEOUT_SECONDS * 1000L,
                "a blocked socket read ignores @Timeout's interrupt: raise READ_TIMEOUT_SECONDS");
    }
}
