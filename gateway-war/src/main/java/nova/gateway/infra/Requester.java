package nova.gateway.infra;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Who asked, captured by a resolver while this request's context is the active one, and carried by the objects it
 * answers, for the batched fields ({@code @Source List<...>}) that resolve them later. Liberty's SmallRye GraphQL 1.0
 * runs a batch through MicroProfile Context Propagation ({@code DefaultDataFetcher.load}); the content slice's first
 * system run, with the request-scoped {@link Caller} read inside the batch, answered every batched field with an
 * error (the exact cause was not isolated). A batched resolver reads the token from here and notes its errors here,
 * in this request's own {@link ThrownErrors}, so they reach {@link ErrorExtensionsFilter} with their codes.
 *
 * @param authorization the caller's {@code Authorization} header as sent
 * @param errors        this request's own {@link ThrownErrors} instance (not its proxy)
 */
public record Requester(String authorization, ThrownErrors errors, Map<Class<?>, Object> shared) {

    private static final Logger LOG = Logger.getLogger(Requester.class.getName());

    public Requester(String authorization, ThrownErrors errors) {
        this(authorization, errors, new ConcurrentHashMap<>());
    }

    /**
     * This request's one instance of {@code kind}, made on first use: what a slice learns once per request (the
     * authors of every post answered so far) and reuses for each field of each object.
     */
    public <T> T shared(Class<T> kind, Supplier<T> make) {
        return kind.cast(shared.computeIfAbsent(kind, k -> make.get()));
    }

    /**
     * Runs one batched field's work: an {@link ApiError} is noted for this request's answer and thrown on; anything
     * else is a gateway bug, logged with a reference and answered as {@code INTERNAL} (as {@link ResolverErrors}).
     */
    public <T> T resolve(String field, Supplier<T> work) {
        try {
            return work.get();
        } catch (ApiError error) {
            errors.note(error);
            throw error;
        } catch (RuntimeException bug) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Batched field " + field + " failed, reference " + reference, bug);
            ApiError internal = ApiError.internal(reference);
            errors.note(internal);
            throw internal;
        }
    }
}
