package nova.gateway.infra;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Asynchronous;

/**
 * Runs a downstream call on another thread, for {@link Batched#prefetch}: MicroProfile Fault Tolerance's
 * {@code @Asynchronous} runs it on the server's managed executor with the application's context (its class loader
 * for the REST clients), which a thread of the gateway's own would lack. The call goes through its client bean as
 * any other does (its timeout, circuit breaker, bulkhead and {@code UNAVAILABLE} translation); only the waiting
 * moves. Nothing request-scoped may be used inside {@code work}: capture the token first.
 */
@ApplicationScoped
public class Background {

    @Asynchronous
    public <T> CompletionStage<T> supply(Supplier<T> work) {
        return CompletableFuture.completedFuture(work.get());
    }
}
