package nova.gateway.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemResponsesTest {

    /** A refusal is an answer (ApiError: no retry, circuit untouched); 5xx and 429 are failures. */
    @ParameterizedTest
    @CsvSource({"200, false", "399, false", "400, true", "401, true", "404, true", "409, true", "429, false",
        "499, true", "500, false", "503, false"})
    void handlesRefusalsOnly(int status, boolean handled) {
        assertEquals(handled, new ProblemResponses("user").handles(status, null));
    }
}
