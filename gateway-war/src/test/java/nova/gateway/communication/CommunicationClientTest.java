package nova.gateway.communication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.GET;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nova.contracts.communication.CommunicationApi;
import nova.contracts.communication.PushApi;
import nova.gateway.infra.ApiError;
import nova.gateway.infra.ContextClient;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.junit.jupiter.api.Test;

/** The rules of every decorated client (as infra's ClientFaultToleranceTest holds them), for the communication one. */
class CommunicationClientTest {

    private static List<Method> calls() {
        return Arrays.stream(CommunicationClient.class.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers())).toList();
    }

    private static Method contract(String name) {
        return Stream.concat(Arrays.stream(CommunicationApi.class.getMethods()), Arrays.stream(PushApi.class.getMethods()))
                .filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyContractOperationHasItsDecoratedCallAndTheClientIsMarked() {
        Set<String> contract = Stream.concat(Arrays.stream(CommunicationApi.class.getMethods()), Arrays.stream(PushApi.class.getMethods()))
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(contract, calls().stream().map(Method::getName).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals("communication", CommunicationClient.class.getAnnotation(ContextClient.class).value());
    }

    @Test
    void badPagesAndIdsAreRefusedWithoutCallingAnyone() {
        ApiError page = assertThrows(ApiError.class, () -> CommunicationOperations.page(101));
        assertEquals(ApiError.Code.VALIDATION_FAILED, page.code());
        assertEquals(ApiError.Code.NOT_FOUND, assertThrows(ApiError.class, () -> CommunicationOperations.conversationId("x")).code());
        assertEquals(20, CommunicationOperations.page(20));
        assertNull(CommunicationOperations.page(null));
    }
}
