package nova.user.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nova.platform.problem.Problem;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

    @Test
    void carriesItsFieldErrors() {
        InvalidInputException e = InvalidInputException.of("ids", "is required");
        assertEquals(List.of(new Problem.FieldError("ids", "is required")), e.errors());
        assertEquals("One or more fields are invalid.", e.getMessage());
    }

    @Test
    void needsAtLeastOneFieldError() {
        assertThrows(IllegalArgumentException.class, () -> new InvalidInputException(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new InvalidInputException(null));
    }
}
