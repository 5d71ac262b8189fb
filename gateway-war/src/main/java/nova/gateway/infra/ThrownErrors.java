package nova.gateway.infra;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The errors this request's resolvers threw, in order. The engine (SmallRye GraphQL 1.0 in Liberty's
 * mpGraphQL-2.0) can only put flat strings into {@code extensions}, so {@link ErrorExtensionsFilter}
 * writes the codes and field errors from here into the response.
 */
@RequestScoped
public class ThrownErrors {

    private final List<ApiError> errors = new ArrayList<>();

    void add(ApiError error) {
        errors.add(error);
    }

    List<ApiError> inOrder() {
        return List.copyOf(errors);
    }
}
