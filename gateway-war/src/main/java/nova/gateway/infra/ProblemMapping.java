package nova.gateway.infra;

import static nova.gateway.infra.Jsonp.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import nova.contracts.problem.ProblemBody;

/**
 * What a context's 4xx problem+json answer means to a GraphQL client. Pure: the Rest Client's response
 * mapper hands it the status and the body.
 */
public final class ProblemMapping {

    /** The one answer to a failed login, whether the account is unknown or the password wrong. */
    public static final String INVALID_LOGIN = "invalid login or password";

    /** identity's 403 slug for the right password of a banned or deleted account. */
    static final String ACCOUNT_SUSPENDED = "account-suspended";

    /** media's 409 slug for an upload that does not fit the caller's storage quota. */
    static final String QUOTA_EXCEEDED = "quota-exceeded";

    private ProblemMapping() {
    }

    public static ApiError toApiError(String context, int status, String body) {
        return toApiError(context, status, body, null, Instant.now());
    }

    /**
     * @param retryAfter the answer's {@code Retry-After} header, if any (read for 429 only)
     * @param now        when the answer came, to read a {@code Retry-After} that is a date
     */
    public static ApiError toApiError(String context, int status, String body, String retryAfter, Instant now) {
        ProblemBody problem = parse(status, body);
        String detail = problem.detail();
        return switch (status) {
            case 400 -> new ApiError(ApiError.Code.VALIDATION_FAILED,
                    orElse(detail, "one or more fields are invalid"), fieldErrors(problem));
            case 401 -> new ApiError(ApiError.Code.UNAUTHENTICATED, unauthenticatedMessage(problem.code()));
            // only the right password earns this answer, so saying why hides nothing the caller may not know
            case 403 -> ACCOUNT_SUSPENDED.equals(problem.code())
                    ? new ApiError(ApiError.Code.ACCOUNT_SUSPENDED, orElse(detail, "this account is suspended"))
                    : new ApiError(ApiError.Code.FORBIDDEN, orElse(detail, "not allowed"));
            case 404 -> new ApiError(ApiError.Code.NOT_FOUND, orElse(detail, "not found"));
            case 409 -> QUOTA_EXCEEDED.equals(problem.code())
                    ? new ApiError(ApiError.Code.QUOTA_EXCEEDED, orElse(detail, "your storage quota is used up"))
                    : new ApiError(ApiError.Code.CONFLICT, orElse(detail, "already taken"), fieldErrors(problem));
            case 413 -> new ApiError(ApiError.Code.TOO_LARGE, orElse(detail, "too large"));
            case 429 -> rateLimited(retryAfterSeconds(retryAfter, now));
            // any other 4xx means the gateway asked wrongly: our fault, not the client's
            default -> new ApiError(ApiError.Code.INTERNAL,
                    "the " + context + " service could not handle the request (" + status + ")");
        };
    }

    /**
     * A fixed message, never the context's detail: whether the login name or the address ran out of
     * attempts is the context's to know.
     */
    static ApiError rateLimited(OptionalLong seconds) {
        return ApiError.rateLimited(seconds.isPresent()
                ? "too many attempts, try again in " + seconds.getAsLong() + " seconds"
                : "too many attempts, try again later", seconds);
    }

    /**
     * {@code Retry-After} in seconds (RFC 9110 §10.2.3): delay-seconds as they are, an HTTP date as the
     * whole seconds from {@code now} until then (never below 0); empty when absent or unreadable.
     */
    static OptionalLong retryAfterSeconds(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return OptionalLong.empty();
        }
        String value = header.strip();
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return OptionalLong.of(Long.parseLong(value));
            } catch (NumberFormatException tooLong) {
                return OptionalLong.empty();
            }
        }
        try {
            Instant until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            long millis = Duration.between(now, until).toMillis();
            return OptionalLong.of(Math.max(0, (millis + 999) / 1000));
        } catch (DateTimeParseException e) {
            return OptionalLong.empty();
        }
    }

    /** Never the context's detail: it could tell an unknown account from a wrong password. */
    static String unauthenticatedMessage(String slug) {
        return switch (slug) {
            case "invalid-credentials" -> INVALID_LOGIN;
            case "invalid-refresh-token" -> "the refresh token is invalid or expired, log in again";
            default -> "the access token is missing, invalid or expired";
        };
    }

    /** Reads a problem+json body; a body that is not one still gives a problem with the status. */
    public static ProblemBody parse(int status, String body) {
        if (body == null || body.isBlank()) {
            return new ProblemBody(null, null, status, null, null, List.of());
        }
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return new ProblemBody(null, null, status, null, null, List.of());
            }
            JsonObject json = value.asJsonObject();
            return new ProblemBody(string(json, "type"), string(json, "title"),
                    json.containsKey("status") && json.get("status").getValueType() == JsonValue.ValueType.NUMBER
                            ? json.getInt("status") : status,
                    string(json, "detail"), string(json, "instance"), errors(json));
        } catch (JsonException | ClassCastException e) {
            return new ProblemBody(null, null, status, null, null, List.of());
        }
    }

    private static List<ProblemBody.FieldError> errors(JsonObject json) {
        if (!json.containsKey("errors") || json.get("errors").getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        List<ProblemBody.FieldError> errors = new ArrayList<>();
        for (JsonValue entry : json.getJsonArray("errors")) {
            if (entry.getValueType() == JsonValue.ValueType.OBJECT) {
                JsonObject error = entry.asJsonObject();
                errors.add(new ProblemBody.FieldError(string(error, "field"), string(error, "message")));
            }
        }
        return errors;
    }

    private static List<ApiError.FieldError> fieldErrors(ProblemBody problem) {
        return problem.errors().stream()
                .map(error -> new ApiError.FieldError(error.field(), error.message()))
                .toList();
    }

    private static String string(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING ? json.getString(name) : null;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
