package nova.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RejectionTest {

    @Test
    void invalidInputIs400WithEveryFieldError() {
        Rejection rejection = Rejection.invalidInput(List.of(new Problem.FieldError("email", "is not an address"),
                new Problem.FieldError("password", "is too short")));
        assertEquals(400, rejection.problem().status());
        assertEquals("https://nova.dev/problems/invalid-input", rejection.problem().type().toString());
        assertEquals(List.of("email", "password"), rejection.errors().stream().map(Problem.FieldError::field).toList());
    }

    @Test
    void oneFieldErrorIsEnough() {
        assertEquals(List.of(new Problem.FieldError("ids", "is required")), Rejection.invalidInput("ids", "is required").errors());
    }

    @Test
    void invalidInputWithoutAnyFieldErrorIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> Rejection.invalidInput(List.of()));
        assertThrows(IllegalArgumentException.class, () -> Rejection.invalidInput((List<Problem.FieldError>) null));
    }

    @Test
    void otherProblemsKeepTheirStatusAndCarryNoFieldErrors() {
        Rejection conflict = new Rejection(Problem.of(409, "already-taken", "Already taken", null));
        assertEquals(409, conflict.problem().status());
        assertEquals(List.of(), conflict.errors());
        assertEquals("Already taken", conflict.getMessage());
    }
}
