package nova.gateway.infra;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Who asked, captured by a root resolver and carried by the objects it answers, for the fields that resolve them
 * later: the caller's token, this request's own {@link ThrownErrors} instance, and per-request state a slice shares
 * between those fields ({@link #shared}: e.g. the authors of every post answered, fetched once). The content slice's
 * first system run read the request-scoped {@link Caller} inside {@code @Source List<...>} batches and every batched
 * field failed; the second showed the engine itself failing those fields (a NullPointerException before any resolver
 * ran), so the content slice resolves its links with plain {@code @Source} fields over this shared state.
 *
 * @param authorization the caller's {@code Authorization} header as sent
 * @param errors        this request's own {@link ThrownErrors} instance (not its proxy)
 * @param shared        per-request state by kind
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
