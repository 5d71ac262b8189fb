package nova.user.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nova.contracts.user.BanRequest;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

class BanTermsTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:15:30Z");

    static List<String> fieldsInError(BanRequest request) {
        return assertThrows(Rejection.class, () -> BanTerms.of(request, NOW)).errors().stream()
                .map(Problem.FieldError::field).toList();
    }

    @Test
    void aReasonAndAFutureEnd() {
        Instant until = NOW.plus(Duration.ofDays(7)).plusNanos(123_456_789);
        BanTerms terms = BanTerms.of(new BanRequest("  Spam, repeatedly.\nSee reports. ", until), NOW);
        assertEquals("Spam, repeatedly.\nSee reports.", terms.reason());
        assertEquals(NOW.plus(Duration.ofDays(7)).plusNanos(123_456_000), terms.until(), "kept to the microsecond");
    }

    @Test
    void withoutAnEndTheBanHasNone() {
        assertNull(BanTerms.of(new BanRequest("Spam.", null), NOW).until());
    }

    @Test
    void theReasonIsRequiredAndAtMost500Characters() {
        assertEquals(List.of("reason"), fieldsInError(new BanRequest(null, null)));
        assertEquals(List.of("reason"), fieldsInError(new BanRequest(" \n ", null)));
        assertEquals(List.of("reason"), fieldsInError(null));
        assertEquals("r".repeat(500), BanTerms.of(new BanRequest("r".repeat(500), null), NOW).reason());
        assertEquals(List.of("reason"), fieldsInError(new BanRequest("r".repeat(501), null)));
        assertEquals(List.of("reason"), fieldsInError(new BanRequest("nul\u0000inside", null)));
    }

    @Test
    void theEndMustBeInTheFutureAndWithinAHundredYears() {
        assertEquals(List.of("until"), fieldsInError(new BanRequest("Spam.", NOW)));
        assertEquals(List.of("until"), fieldsInError(new BanRequest("Spam.", NOW.minusSeconds(1))));
        assertEquals(List.of("until"), fieldsInError(new BanRequest("Spam.", NOW.plus(Duration.ofDays(366L * 101)))));
    }

    @Test
    void everyProblemAtOnce() {
        assertEquals(List.of("reason", "until"), fieldsInError(new BanRequest("", NOW.minusSeconds(60))));
    }
}
