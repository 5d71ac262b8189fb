package nova.gateway.infra;

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
import nova.contracts.identity.IdentityApi;
import nova.contracts.media.MediaApi;
import nova.contracts.user.UserApi;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of the decorated clients, held for every call, the new ones included: each has a timeout, a
 * circuit breaker and a bulkhead; a refusal ({@link ApiError}: any 4xx, 403 and 429 included) never counts
 * as a failure nor is retried; only reads ({@code GET} in the contract) are retried.
 */
class ClientFaultToleranceTest {

    private static Class<?> contractOf(Class<?> client) {
        return client == IdentityClient.class ? IdentityApi.class : client == MediaClient.class ? MediaApi.class : UserApi.class;
    }

    /**
     * The contract operations a client leaves out on purpose: media's batch reads are content's, not GraphQL's, and so
     * is the user context's batch by usernames (content resolves mentions with it).
     */
    private static Set<String> notForTheGateway(Class<?> client) {
        return client == MediaClient.class ? Set.of("byIds", "attachments")
                : client == UserClient.class ? Set.of("byUsernames") : Set.of();
    }

    private static List<Method> calls(Class<?> client) {
        return Arrays.stream(client.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers())).toList();
    }

    @ParameterizedTest
    @ValueSource(classes = {IdentityClient.class, UserClient.class, MediaClient.class})
    void everyContractOperationHasItsDecoratedCall(Class<?> client) {
        Set<String> contract = Arrays.stream(contractOf(client).getMethods()).map(Method::getName)
                .filter(name -> !notForTheGateway(client).contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> wrapped = calls(client).stream().map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(contract, wrapped);
    }

    @ParameterizedTest
    @ValueSource(classes = {IdentityClient.class, UserClient.class, MediaClient.class})
    void aRefusalNeverCountsAgainstTheCircuitNorIsRetried(Class<?> client) {
        for (Method call : calls(client)) {
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

    @ParameterizedTest
    @ValueSource(classes = {IdentityClient.class, UserClient.class, MediaClient.class})
    void onlyReadsAreRetried(Class<?> client) {
        for (Method call : calls(client)) {
            Method operation = operation(client, call);
            boolean read = operation.isAnnotationPresent(GET.class);
            assertEquals(read, call.isAnnotationPresent(Retry.class), call.getName() + (read ? " is a read" : " changes something"));
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {IdentityClient.class, UserClient.class, MediaClient.class})
    void theReadTimeoutOfTheSocketIsNoShorterThanAnyTimeout(Class<?> client) {
        long longest = calls(client).stream().mapToLong(m -> m.getAnnotation(Timeout.class).value()).max().orElseThrow();
        int readTimeout = client == IdentityClient.class ? IdentityClient.READ_TIMEOUT_SECONDS
                : client == MediaClient.class ? MediaClient.READ_TIMEOUT_SECONDS : UserClient.READ_TIMEOUT_SECONDS;
        assertTrue(longest <= readTimeout * 1000L,
                "a blocked socket read ignores @Timeout's interrupt: raise READ_TIMEOUT_SECONDS in " + client.getSimpleName());
    }

    /** The contract's operation a call makes: the one of the same name (the contracts do not overload). */
    private static Method operation(Class<?> client, Method call) {
        return Arrays.stream(contractOf(client).getMethods()).filter(m -> m.getName().equals(call.getName()))
                .findFirst().orElseThrow();
    }
}
