package nova.gateway.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.ServletException;
import java.io.StringReader;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ErrorExtensionsTest {

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text.replace('\'', '"')))) {
            return reader.readObject();
        }
    }

    /** An error as the engine writes it for an exception a resolver threw. */
    private static String thrownError(String message, String exception, String path) {
        return "{'message':'" + message + "','locations':[{'line':1,'column':12}],'path':['" + path + "'],"
                + "'extensions':{'exception':'" + exception + "','classification':'DataFetchingException','code':'api'}}";
    }

    private static final String API_ERROR = ApiError.class.getName();

    @Test
    void anAnswerWithoutErrorsIsLeftAlone() {
        JsonObject answer = json("{'data':{'me':{'id':'1'}}}");

        assertSame(answer, ErrorExtensions.rewrite(answer, List.of()));
    }

    @Test
    void aThrownErrorGetsItsCodeAndFieldErrorsAndNothingElse() {
        ApiError invalid = new ApiError(ApiError.Code.VALIDATION_FAILED, "One or more fields are invalid.",
                List.of(new ApiError.FieldError("email", "must be a well-formed email address")));
        JsonObject answer = json("{'errors':[" + thrownError("One or more fields are invalid.", API_ERROR, "register")
                + "],'data':{'register':null}}");

        JsonObject rewritten = ErrorExtensions.rewrite(answer, List.of(invalid));

        assertEquals(json("{'errors':[{'message':'One or more fields are invalid.','locations':[{'line':1,'column':12}],"
                + "'path':['register'],'extensions':{'code':'VALIDATION_FAILED','fieldErrors':"
                + "[{'field':'email','message':'must be a well-formed email address'}]}}],'data':{'register':null}}"),
                rewritten);
        assertEquals(List.of("errors", "data"), List.copyOf(rewritten.keySet()));
    }

    @Test
    void anErrorWithoutFieldErrorsHasOnlyACode() {
        ApiError unavailable = ApiError.unavailable("identity");
        JsonObject answer = json("{'errors':[" + thrownError(unavailable.getMessage(), API_ERROR, "login") + "]}");

        JsonObject error = ErrorExtensions.rewrite(answer, List.of(unavailable)).getJsonArray("errors").getJsonObject(0);

        assertEquals(json("{'code':'UNAVAILABLE'}"), error.getJsonObject("extensions"));
        assertEquals("the identity service is unavailable, try again shortly", error.getString("message"));
    }

    @Test
    void aRateLimitCarriesTheSecondsToWaitAsANumber() {
        ApiError limited = ApiError.rateLimited("too many attempts, try again in 600 seconds", OptionalLong.of(600));
        JsonObject answer = json("{'errors':[" + thrownError(limited.getMessage(), API_ERROR, "login") + "]}");

        JsonObject error = ErrorExtensions.rewrite(answer, List.of(limited)).getJsonArray("errors").getJsonObject(0);

        assertEquals(json("{'code':'RATE_LIMITED','retryAfterSeconds':600}"), error.getJsonObject("extensions"));
        assertEquals(json("{'code':'RATE_LIMITED'}"), ErrorExtensions.extensionsOf(
                ApiError.rateLimited("too many attempts, try again later", OptionalLong.empty())));
    }

    @Test
    void aRefusedDocumentIsAnAnswerWithItsCodeAndLeftAloneByTheRewrite() {
        ApiError tooComplex = new ApiError(ApiError.Code.QUERY_TOO_COMPLEX, "the document asks for too much: x");
        JsonObject answer = ErrorExtensions.answerOf(tooComplex);

        assertEquals(json("{'errors':[{'message':'the document asks for too much: x','extensions':"
                + "{'code':'QUERY_TOO_COMPLEX'}}],'data':null}"), answer);
        assertEquals(answer, ErrorExtensions.rewrite(answer, List.of()));
    }

    @Test
    void thrownErrorsArePairedInOrderAndByMessage() {
        ApiError first = new ApiError(ApiError.Code.CONFLICT, "already taken", List.of(new ApiError.FieldError("username", "taken")));
        ApiError second = new ApiError(ApiError.Code.CONFLICT, "already taken", List.of(new ApiError.FieldError("email", "taken")));
        ApiError other = new ApiError(ApiError.Code.NOT_FOUND, "not found");
        JsonObject answer = json("{'errors':[" + thrownError("not found", API_ERROR, "c") + ","
                + thrownError("already taken", API_ERROR, "a") + "," + thrownError("already taken", API_ERROR, "b") + "]}");

        List<JsonObject> errors = ErrorExtensions.rewrite(answer, List.of(first, second, other))
                .getJsonArray("errors").getValuesAs(JsonObject.class);

        assertEquals("NOT_FOUND", errors.get(0).getJsonObject("extensions").getString("code"));
        assertEquals("username", errors.get(1).getJsonObject("extensions").getJsonArray("fieldErrors")
                .getJsonObject(0).getString("field"));
        assertEquals("email", errors.get(2).getJsonObject("extensions").getJsonArray("fieldErrors")
                .getJsonObject(0).getString("field"));
    }

    @Test
    void theEnginesValidationErrorsKeepTheirDetailsAndGetACode() {
        JsonObject answer = json("{'errors':[{'message':'Variable e has coerced Null value','locations':[{'line':1,'column':10}],"
                + "'extensions':{'classification':'ValidationError'}},{'message':'Invalid syntax',"
                + "'extensions':{'classification':'InvalidSyntax'}}],'data':null}");

        List<JsonObject> errors = ErrorExtensions.rewrite(answer, List.of()).getJsonArray("errors").getValuesAs(JsonObject.class);

        assertEquals(json("{'classification':'ValidationError','code':'GRAPHQL_VALIDATION_FAILED'}"),
                errors.get(0).getJsonObject("extensions"));
        assertEquals("Variable e has coerced Null value", errors.get(0).getString("message"));
        assertEquals("GRAPHQL_VALIDATION_FAILED", errors.get(1).getJsonObject("extensions").getString("code"));
    }

    @Test
    void aBatchedResolversErrorReportedByGraphqlJavaWithoutItsClassStillGetsItsCode() {
        ApiError unauthenticated = new ApiError(ApiError.Code.UNAUTHENTICATED, "the access token is missing, invalid or expired");
        JsonObject answer = json("{'errors':[{'message':'Exception while fetching data (/feed/nodes[0]/likeCount) : "
                + unauthenticated.getMessage() + "','path':['feed','nodes',0,'likeCount'],"
                + "'extensions':{'classification':'DataFetchingException'}}]}");

        JsonObject error = ErrorExtensions.rewrite(answer, List.of(unauthenticated)).getJsonArray("errors").getJsonObject(0);

        assertEquals("UNAUTHENTICATED", error.getJsonObject("extensions").getString("code"));
        assertEquals(unauthenticated.getMessage(), error.getString("message"));
    }

    @Test
    void oneErrorOfABatchedResolverGetsItsCodeAtEveryElement() {
        ApiError unavailable = ApiError.unavailable("user");
        JsonObject answer = json("{'errors':[" + thrownError(unavailable.getMessage(), API_ERROR, "author") + ","
                + thrownError(unavailable.getMessage(), API_ERROR, "author") + ","
                + thrownError("java.util.concurrent.CompletionException: " + unavailable.getMessage(),
                "java.util.concurrent.CompletionException", "author") + "]}");

        JsonObject rewritten = ErrorExtensions.rewrite(answer, List.of(unavailable));

        for (JsonObject error : rewritten.getJsonArray("errors").getValuesAs(JsonObject.class)) {
            assertEquals("UNAVAILABLE", error.getJsonObject("extensions").getString("code"), error.toString());
            assertEquals(unavailable.getMessage(), error.getString("message"));
        }
    }

    @Test
    void anyOtherExceptionIsInternalAndNamesNoClass() {
        JsonObject answer = json("{'errors':[" + thrownError("Server Error", "java.lang.ArithmeticException", "login")
                + "," + thrownError("Server Error", API_ERROR, "refresh") + "]}");

        // the second has no thrown ApiError to pair with: it is not guessed at
        List<JsonObject> errors = ErrorExtensions.rewrite(answer, List.of()).getJsonArray("errors").getValuesAs(JsonObject.class);

        for (JsonObject error : errors) {
            assertEquals(json("{'code':'INTERNAL'}"), error.getJsonObject("extensions"));
            assertEquals("internal error", error.getString("message"));
            assertFalse(error.toString().contains("Exception"), error::toString);
        }
        assertEquals("login", errors.get(0).getJsonArray("path").getString(0));
    }

    @Test
    void recognisesLibertysValidationFailureThroughServletWrapping() {
        NoSuchMethodError engine = new NoSuchMethodError(
                "'graphql.validation.ValidationErrorType graphql.validation.ValidationError.getValidationErrorType()'");

        assertTrue(ErrorExtensions.isEngineValidationFailure(engine));
        assertTrue(ErrorExtensions.isEngineValidationFailure(new ServletException("wrapped", engine)));
        assertTrue(ErrorExtensions.isEngineValidationFailure(new RuntimeException(new ServletException(engine))));
        assertFalse(ErrorExtensions.isEngineValidationFailure(new NoSuchMethodError("something else")));
        assertFalse(ErrorExtensions.isEngineValidationFailure(new IllegalStateException("boom")));
    }

    @Test
    void answersWrittenWithoutTheEngineHaveTheSameShape() {
        assertEquals(json("{'errors':[{'message':'the document does not match the schema: check field names, arguments"
                + " and their types against /graphql/schema.graphql','extensions':{'code':'GRAPHQL_VALIDATION_FAILED'}}],"
                + "'data':null}"), ErrorExtensions.invalidDocument());
        assertEquals(json("{'errors':[{'message':'internal error, reference r-1','extensions':{'code':'INTERNAL'}}],"
                + "'data':null}"), ErrorExtensions.answerOf(ApiError.internal("r-1")));
    }
}
