package nova.gateway.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import nova.contracts.problem.ProblemBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemMappingTest {

    private static String problem(int status, String slug, String detail, String errors) {
        return "{\"type\":\"https://nova.dev/problems/" + slug + "\",\"title\":\"" + slug + "\",\"status\":" + status
                + (detail == null ? "" : ",\"detail\":\"" + detail + "\"") + ",\"instance\":\"/accounts\",\"errors\":"
                + errors + "}";
    }

    @ParameterizedTest
    @CsvSource({
        "400, invalid-input,       VALIDATION_FAILED",
        "401, invalid-credentials, UNAUTHENTICATED",
        "401, unauthorized,        UNAUTHENTICATED",
        "403, forbidden,           FORBIDDEN",
        "404, not-found,           NOT_FOUND",
        "409, already-taken,       CONFLICT",
        "409, conflict,            CONFLICT",
        "409, already-verified,    CONFLICT",
        "403, account-suspended,   ACCOUNT_SUSPENDED",
        "429, too-many-attempts,   RATE_LIMITED",
        "405, method-not-allowed,  INTERNAL",
        "415, unsupported-media-type, INTERNAL",
        "409, quota-exceeded,      QUOTA_EXCEEDED",
        "413, too-large,           TOO_LARGE",
        "413, payload-too-large,   TOO_LARGE",
    })
    void eachStatusHasItsCode(int status, String slug, ApiError.Code code) {
        ApiError error = ProblemMapping.toApiError("identity", status, problem(status, slug, "d", "[]"));
        assertEquals(code, error.code());
    }

    @Test
    void invalidInputCarriesEveryFieldError() {
        ApiError error = ProblemMapping.toApiError("identity", 400, problem(400, "invalid-input",
                "One or more fields are invalid.",
                "[{\"field\":\"email\",\"message\":\"must be a well-formed email address\"},"
                        + "{\"field\":\"password\",\"message\":\"size must be between 10 and 128\"}]"));

        assertEquals(ApiError.Code.VALIDATION_FAILED, error.code());
        assertEquals("One or more fields are invalid.", error.getMessage());
        assertEquals(List.of(new ApiError.FieldError("email", "must be a well-formed email address"),
                new ApiError.FieldError("password", "size must be between 10 and 128")), error.fieldErrors());
    }

    @Test
    void alreadyTakenCarriesTheTakenFields() {
        ApiError error = ProblemMapping.toApiError("identity", 409, problem(409, "already-taken", null,
                "[{\"field\":\"username\",\"message\":\"is already taken\"},{\"field\":\"email\",\"message\":\"is already registered\"}]"));

        assertEquals(ApiError.Code.CONFLICT, error.code());
        assertEquals("already taken", error.getMessage());
        assertEquals(List.of("username", "email"), error.fieldErrors().stream().map(ApiError.FieldError::field).toList());
    }

    @Test
    void failedLoginSaysTheSameForUnknownAccountAndWrongPassword() {
        ApiError unknown = ProblemMapping.toApiError("identity", 401,
                problem(401, "invalid-credentials", "no account with that login", "[]"));
        ApiError wrong = ProblemMapping.toApiError("identity", 401,
                problem(401, "invalid-credentials", "wrong password", "[]"));

        assertEquals("invalid login or password", unknown.getMessage());
        assertEquals(unknown.getMessage(), wrong.getMessage());
        assertEquals(unknown.code(), wrong.code());
        assertEquals(unknown.fieldErrors(), wrong.fieldErrors());
    }

    @Test
    void unauthenticatedNeverEchoesTheContextsDetail() {
        assertEquals("the refresh token is invalid or expired, log in again", ProblemMapping.toApiError("identity", 401,
                problem(401, "invalid-refresh-token", "token family 42 revoked", "[]")).getMessage());
        assertEquals("the access token is missing, invalid or expired", ProblemMapping.toApiError("user", 401,
                problem(401, "unauthorized", "JWT signature mismatch", "[]")).getMessage());
    }

    @Test
    void forbiddenAndNotFoundKeepTheContextsDetail() {
        assertEquals("This account is banned.", ProblemMapping.toApiError("user", 403,
                problem(403, "forbidden", "This account is banned.", "[]")).getMessage());
        assertEquals("not found", ProblemMapping.toApiError("user", 404, problem(404, "not-found", null, "[]")).getMessage());
    }

    @Test
    void aBodyThatIsNoProblemStillMapsByStatus() {
        assertEquals(ApiError.Code.NOT_FOUND, ProblemMapping.toApiError("user", 404, "<html>Not Found</html>").code());
        assertEquals(ApiError.Code.VALIDATION_FAILED, ProblemMapping.toApiError("user", 400, "").code());
        assertEquals(List.of(), ProblemMapping.toApiError("user", 400, null).fieldErrors());
        assertEquals(ApiError.Code.CONFLICT, ProblemMapping.toApiError("user", 409, "[1,2]").code());
    }

    @Test
    void parseReadsEveryFieldAndTheSlug() {
        ProblemBody body = ProblemMapping.parse(409, problem(409, "already-taken", "taken",
                "[{\"field\":\"email\",\"message\":\"is already registered\"}]"));

        assertEquals(new ProblemBody("https://nova.dev/problems/already-taken", "already-taken", 409, "taken",
                "/accounts", List.of(new ProblemBody.FieldError("email", "is already registered"))), body);
        assertEquals("already-taken", body.code());
    }

    @Test
    void parseToleratesMissingAndOddFields() {
        ProblemBody body = ProblemMapping.parse(400, "{\"status\":\"x\",\"errors\":{},\"extra\":1}");

        assertEquals(new ProblemBody(null, null, 400, null, null, List.of()), body);
    }

    @Test
    void aSuspendedAccountIsToldApartFromAMissingPermission() {
        ApiError suspended = ProblemMapping.toApiError("identity", 403,
                problem(403, "account-suspended", "This account is suspended.", "[]"));
        ApiError forbidden = ProblemMapping.toApiError("user", 403,
                problem(403, "forbidden", "You may not grant roles.", "[]"));

        assertEquals(ApiError.Code.ACCOUNT_SUSPENDED, suspended.code());
        assertEquals("This account is suspended.", suspended.getMessage());
        assertEquals(ApiError.Code.FORBIDDEN, forbidden.code());
        assertEquals("this account is suspended",
                ProblemMapping.toApiError("identity", 403, problem(403, "account-suspended", null, "[]")).getMessage());
        // mpJwt's refusal of a token without the group has no body at all
        assertEquals(ApiError.Code.FORBIDDEN, ProblemMapping.toApiError("user", 403, "").code());
    }

    @Test
    void tooManyAttemptsCarriesTheSecondsToWait() {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        ApiError limited = ProblemMapping.toApiError("identity", 429,
                problem(429, "too-many-attempts", "Too many failed logins for ada from 203.0.113.7.", "[]"), "600", now);

        assertEquals(ApiError.Code.RATE_LIMITED, limited.code());
        assertEquals(OptionalLong.of(600), limited.retryAfterSeconds());
        assertEquals("too many attempts, try again in 600 seconds", limited.getMessage(), "never the context's detail");
        assertEquals(List.of(), limited.fieldErrors());

        ApiError unsaid = ProblemMapping.toApiError("identity", 429, "", null, now);
        assertEquals(ApiError.Code.RATE_LIMITED, unsaid.code());
        assertEquals(OptionalLong.empty(), unsaid.retryAfterSeconds());
        assertEquals("too many attempts, try again later", unsaid.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "120                           | 120",
        "' 0 '                         | 0",
        "Wed, 25 Nov 2026 12:01:30 GMT | 90",
        "Wed, 25 Nov 2026 12:00:00 GMT | 0",
        "Wed, 25 Nov 2026 11:00:00 GMT | 0",
        "none                          | none",
        "''                            | none",
        "-5                            | none",
        "soon                          | none",
        "99999999999999999999999       | none",
    })
    void retryAfterIsReadAsSecondsOrAsADate(String header, Long seconds) {
        assertEquals(seconds == null ? OptionalLong.empty() : OptionalLong.of(seconds),
                ProblemMapping.retryAfterSeconds(header, Instant.parse("2026-11-25T12:00:00Z")));
    }

    @Test
    void unavailableNamesTheContext() {
        ApiError error = ApiError.unavailable("identity");

        assertEquals(ApiError.Code.UNAVAILABLE, error.code());
        assertEquals("the identity service is unavailable, try again shortly", error.getMessage());
        assertEquals(0, error.getStackTrace().length);
    }
}
