package nova.gateway.infra;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorExtensionsFilterTest {

    private static boolean mayHoldErrors(String answer) {
        return ErrorExtensionsFilter.mayHoldErrors(answer.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAnswerWithErrorsIsRead() {
        assertTrue(mayHoldErrors("{\"errors\":[{\"message\":\"x\"}],\"data\":null}"));
        assertTrue(mayHoldErrors("{\"data\":{\"me\":null},\"errors\":[]}"));
        // a value that looks like the member costs a read, which finds nothing to rewrite
        assertTrue(mayHoldErrors("{\"data\":{\"me\":{\"id\":\"1\",\"username\":\"errors\"}}}"));
    }

    @Test
    void anAnswerWithoutErrorsIsPassedOnUnread() {
        assertFalse(mayHoldErrors("{\"data\":{\"me\":{\"id\":\"1\",\"bio\":\"no errors here, Zoë\"}}}"));
        assertFalse(mayHoldErrors(""));
        assertFalse(mayHoldErrors("\"error"));
    }
}
