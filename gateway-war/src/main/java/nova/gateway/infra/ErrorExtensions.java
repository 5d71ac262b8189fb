package nova.gateway.infra;

import static nova.gateway.infra.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Gives every error of a GraphQL response its {@code extensions.code}. The engine marks an error that
 * a resolver threw with the exception's class name; the {@link ApiError}s are matched to those errors
 * in order and replace their extensions with {@code code} and, where there are any, {@code fieldErrors}
 * and {@code retryAfterSeconds}.
 * The engine's own validation errors keep their details and get {@code GRAPHQL_VALIDATION_FAILED};
 * anything else is {@code INTERNAL}. No class name reaches the client. Pure: the filter calls it.
 */
public final class ErrorExtensions {

    private static final String API_ERROR = ApiError.class.getName();
    private static final Set<String> ENGINE_CLASSIFICATIONS = Set.of("ValidationError", "InvalidSyntax");

    private ErrorExtensions() {
    }

    public static JsonObject rewrite(JsonObject response, List<ApiError> thrown) {
        JsonValue errors = response.get("errors");
        if (errors == null || errors.getValueType() != JsonValue.ValueType.ARRAY) {
            return response;
        }
        List<ApiError> pending = new ArrayList<>(thrown);
        JsonArrayBuilder rewritten = JSON.createArrayBuilder();
        for (JsonValue error : errors.asJsonArray()) {
            rewritten.add(error.getValueType() == JsonValue.ValueType.OBJECT
                    ? rewriteError(error.asJsonObject(), pending, thrown) : error);
        }
        return JSON.createObjectBuilder(response).add("errors", rewritten).build();
    }

    private static JsonValue rewriteError(JsonObject error, List<ApiError> pending, List<ApiError> thrown) {
        JsonObject extensions = error.containsKey("extensions")
                && error.get("extensions").getValueType() == JsonValue.ValueType.OBJECT
                ? error.getJsonObject("extensions") : JsonValue.EMPTY_JSON_OBJECT;
        String exception = extensions.getString("exception", null);
        JsonObjectBuilder result = JSON.createObjectBuilder(error);
        if (API_ERROR.equals(exception) && !pending.isEmpty()) {
            ApiError taken = take(pending, error.getString("message", ""));
            return result.add("message", taken.getMessage()).add("extensions", extensionsOf(taken)).build();
        }
        // a batched (@Source List<...>) resolver throws once, and the engine reports it at every element's field,
        // through the data loader's failed future: graphql-java's "Exception while fetching data (path) : <message>",
        // without the exception's class in the extensions
        ApiError repeated = repeated(thrown, error.getString("message", ""));
        if (repeated != null) {
            return result.add("message", repeated.getMessage()).add("extensions", extensionsOf(repeated)).build();
        }
        if (exception == null && ENGINE_CLASSIFICATIONS.contains(extensions.getString("classification", ""))) {
            return result.add("extensions", JSON.createObjectBuilder(extensions)
                    .add("code", ApiError.Code.GRAPHQL_VALIDATION_FAILED.name())).build();
        }
        if (exception == null && extensions.containsKey("code")) {
            return error;
        }
        return result.add("message", "internal error")
                .add("extensions", JSON.createObjectBuilder().add("code", ApiError.Code.INTERNAL.name()))
                .build();
    }

    /** A thrown error whose message the engine's message is or ends with (it may prefix the cause's class). */
    private static ApiError repeated(List<ApiError> thrown, String message) {
        for (ApiError candidate : thrown) {
            if (!candidate.getMessage().isEmpty() && message.endsWith(candidate.getMessage())) {
                return candidate;
            }
        }
        return null;
    }

    /** The first thrown error with this message, else the first in order: errors come in the order thrown. */
    private static ApiError take(List<ApiError> pending, String message) {
        for (Iterator<ApiError> it = pending.iterator(); it.hasNext(); ) {
            ApiError candidate = it.next();
            if (candidate.getMessage().equals(message)) {
                it.remove();
                return candidate;
            }
        }
        return pending.remove(0);
    }

    /**
     * Liberty's mpGraphQL-2.0 pairs SmallRye GraphQL 1.0 with a graphql-java that no longer has
     * {@code ValidationError.getValidationErrorType()}: every document that fails validation (unknown
     * field, missing or mistyped argument) throws this instead of answering (OpenLiberty/open-liberty#29764).
     */
    public static boolean isEngineValidationFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof NoSuchMethodError && String.valueOf(cause.getMessage()).contains("getValidationErrorType")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable failure) {
        if (failure instanceof jakarta.servlet.ServletException servlet && servlet.getRootCause() != null
                && servlet.getRootCause() != failure) {
            return servlet.getRootCause();
        }
        return failure.getCause() == failure ? null : failure.getCause();
    }

    /** What the engine would have answered, less the details it loses on the way. */
    public static JsonObject invalidDocument() {
        return JSON.createObjectBuilder()
                .add("errors", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("message", "the document does not match the schema: check field names, arguments"
                                + " and their types against /graphql/schema.graphql")
                        .add("extensions", JSON.createObjectBuilder()
                                .add("code", ApiError.Code.GRAPHQL_VALIDATION_FAILED.name()))))
                .addNull("data")
                .build();
    }

    /** A whole answer carrying one error, for when there is no engine answer to rewrite. */
    public static JsonObject answerOf(ApiError error) {
        return JSON.createObjectBuilder()
                .add("errors", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("message", error.getMessage())
                        .add("extensions", extensionsOf(error))))
                .addNull("data")
                .build();
    }

    static JsonObject extensionsOf(ApiError error) {
        JsonObjectBuilder extensions = JSON.createObjectBuilder().add("code", error.code().name());
        if (!error.fieldErrors().isEmpty()) {
            JsonArrayBuilder fields = JSON.createArrayBuilder();
            for (ApiError.FieldError field : error.fieldErrors()) {
                JsonObjectBuilder entry = JSON.createObjectBuilder();
                if (field.field() == null) {
                    entry.addNull("field");
                } else {
                    entry.add("field", field.field());
                }
                fields.add(entry.add("message", field.message() == null ? "" : field.message()));
            }
            extensions.add("fieldErrors", fields);
        }
        error.retryAfterSeconds().ifPresent(seconds -> extensions.add("retryAfterSeconds", seconds));
        return extensions.build();
    }
}
