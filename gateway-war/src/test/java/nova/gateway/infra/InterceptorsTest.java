package nova.gateway.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ProcessingException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

class InterceptorsTest {

    @ContextClient("identity")
    static class SomeContextClient {
        Object login() {
            return null;
        }
    }

    static class SomeResolver {
        Object me() {
            return null;
        }
    }

    private static FakeInvocation clientCall(RuntimeException failure) throws Exception {
        return new FakeInvocation(new SomeContextClient(), "login", () -> {
            throw failure;
        });
    }

    @Test
    void aContextsRefusalPassesThroughTheClient() throws Exception {
        ApiError refused = new ApiError(ApiError.Code.CONFLICT, "already taken");

        assertSame(refused, assertThrows(ApiError.class, () -> new ContextFailures().translate(clientCall(refused))));
    }

    @Test
    void everyFailureOfTheCallIsUnavailableNamingTheContext() throws Exception {
        // a 5xx arrives as the default mapper's WebApplicationException, seen on the real server
        for (RuntimeException failure : List.of(new ProcessingException("Connection refused"),
                new TimeoutException(), new CircuitBreakerOpenException(), new BulkheadException())) {
            ApiError error = assertThrows(ApiError.class, () -> new ContextFailures().translate(clientCall(failure)));

            assertEquals(ApiError.Code.UNAVAILABLE, error.code());
            assertEquals("the identity service is unavailable, try again shortly", error.getMessage());
        }
    }

    @Test
    void aSuccessfulCallReturnsItsValue() throws Exception {
        assertEquals("tokens", new ContextFailures().translate(new FakeInvocation(new SomeContextClient(), "login", () -> "tokens")));
    }

    @Test
    void resolversNoteTheirApiErrorsAndTurnBugsIntoInternalWithAReference() throws Exception {
        ResolverErrors resolverErrors = new ResolverErrors();
        resolverErrors.thrown = new ThrownErrors();
        ApiError unauthenticated = new ApiError(ApiError.Code.UNAUTHENTICATED, "authentication required");

        assertThrows(ApiError.class, () -> resolverErrors.report(new FakeInvocation(new SomeResolver(), "me", () -> {
            throw unauthenticated;
        })));
        Logger log = Logger.getLogger(ResolverErrors.class.getName());
        log.setLevel(Level.OFF); // the stack trace it logs for the bug is expected here
        ApiError bug;
        try {
            bug = assertThrows(ApiError.class, () -> resolverErrors.report(new FakeInvocation(new SomeResolver(), "me", () -> {
                throw new NullPointerException("profile.id");
            })));
        } finally {
            log.setLevel(null);
        }

        assertEquals(ApiError.Code.INTERNAL, bug.code());
        assertTrue(bug.getMessage().matches("internal error, reference [0-9a-f-]{36}"), bug.getMessage());
        assertEquals(List.of(unauthenticated, bug), resolverErrors.thrown.inOrder());
    }
}
