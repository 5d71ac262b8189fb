package nova.gateway.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemResponsesTest {

    /**
     * A refusal is an answer (ApiError: no retry, circuit untouched), 403 and 429 included: a guesser who
     * runs out of attempts must not open the circuit for everyone. 5xx are failures.
     */
    @ParameterizedTest
    @CsvSource({"200, false", "399, false", "400, true", "401, true", "403, true", "404, true", "409, true",
        "429, true", "499, true", "500, false", "503, false"})
    void handlesRefusalsOnly(int status, boolean handled) {
        assertEquals(handled, new ProblemResponses("user").handles(status, null));
    }
}
