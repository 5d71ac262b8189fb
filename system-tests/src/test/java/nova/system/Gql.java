package nova.system;

import io.smallrye.graphql.client.GraphQLError;
import io.smallrye.graphql.client.Response;
import io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClient;
import io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClientBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway as a client sees it: GraphQL over HTTP, with or without an access token. */
final class Gql implements AutoCloseable {

    static final String URL = "http://localhost:9080/graphql";

    private final DynamicGraphQLClient client;

    private Gql(String authorization) {
        DynamicGraphQLClientBuilder builder = DynamicGraphQLClientBuilder.newBuilder().url(URL);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        client = builder.build();
    }

    static Gql anonymous() {
        return new Gql(null);
    }

    static Gql bearer(String accessToken) {
        return new Gql("Bearer " + accessToken);
    }

    Result execute(String query, Map<String, Object> variables) {
        try {
            return new Result(client.executeSync(query, variables));
        } catch (Exception e) {
            throw new IllegalStateException("GraphQL request failed: " + e, e);
        }
    }

    Result execute(String query) {
        return execute(query, Map.of());
    }

    @Override
    public void close() throws Exception {
        client.close();
    }

    /** One GraphQL response. */
    record Result(Response response) {

        JsonObject data(String field) {
            if (response.hasError()) {
                throw new AssertionError("expected data, got errors: " + response.getErrors());
            }
            return response.getData().getJsonObject(field);
        }

        List<GraphQLError> errors() {
            return response.getErrors() == null ? List.of() : response.getErrors();
        }

        /** {@code extensions.code} of the first error, if there is one. */
        Optional<String> code() {
            return errors().stream().findFirst()
                    .map(e -> e.getExtensions() == null ? null : e.getExtensions().get("code"))
                    .map(Gql::text);
        }

        GraphQLError error() {
            if (errors().isEmpty()) {
                throw new AssertionError("expected an error, got " + response.getData());
            }
            return errors().get(0);
        }

        /** The fields named by {@code extensions.fieldErrors} of the first error. */
        @SuppressWarnings("unchecked")
        List<String> fieldsInError() {
            Object fieldErrors = error().getExtensions() == null ? null : error().getExtensions().get("fieldErrors");
            if (!(fieldErrors instanceof List<?> list)) {
                return List.of();
            }
            return list.stream().map(e -> e instanceof JsonObject o ? o.getString("field")
                    : e instanceof Map<?, ?> m ? text(m.get("field")) : text(e)).toList();
        }
    }

    /** A JSON value as plain text (the client may hand extension values over as JSON-P values). */
    static String text(Object value) {
        return value instanceof jakarta.json.JsonString s ? s.getString() : String.valueOf(value);
    }
}
