package nova.gateway.infra;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The errors this request's resolvers threw, in order. The engine (SmallRye GraphQL 1.0 in Liberty's
 * mpGraphQL-2.0) can only put flat strings into {@code extensions}, so {@link ErrorExtensionsFilter}
 * writes the codes and field errors from here into the response.
 */
@RequestScoped
public class ThrownErrors {

    private final List<ApiError> errors = new CopyOnWriteArrayList<>();

    void add(ApiError error) {
        errors.add(error);
    }

    /**
     * This request's instance itself, not the CDI proxy: for resolvers the engine runs where this request's context
     * is not the active one (batched {@code @Source List<...>} fields, see {@link Requester}).
     */
    public ThrownErrors instance() {
        return this;
    }

    /** Notes an error thrown by a resolver that runs outside this request's context (see {@link Requester}). */
    public void note(ApiError error) {
        errors.add(error);
    }

    List<ApiError> inOrder() {
        return List.copyOf(errors);
    }
}
