package nova.user.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nova.contracts.user.BanRequest;
import nova.platform.persistence.DatabaseTime;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/**
 * A checked {@link BanRequest}: why, and until when.
 *
 * @param reason stripped, 1–500 characters (as PostgreSQL counts them); line breaks and tabs allowed, other
 *               control characters not. Moderators read it later; the banned user is told it.
 * @param until  null for a ban without end; otherwise after the moment the ban is given and within
 *               {@value #MAX_YEARS} years (a longer ban is a ban without end)
 */
public record BanTerms(String reason, Instant until) {

    public static final int REASON_MAX = 500;
    public static final int MAX_YEARS = 100;

    /**
     * Checks every field of {@code request} at {@code now} and reports all problems at once.
     *
     * @throws Rejection naming each invalid field
     */
    public static BanTerms of(BanRequest request, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String reason = request == null ? null : request.reason();
        Instant until = request == null ? null : request.until();
        if (reason == null || reason.isBlank()) {
            errors.add(new Problem.FieldError("reason", "is required: say why, in 1 to " + REASON_MAX + " characters"));
        } else {
            reason = reason.strip();
            if (reason.codePointCount(0, reason.length()) > REASON_MAX) {
                errors.add(new Problem.FieldError("reason", "must be at most " + REASON_MAX + " characters"));
            } else if (reason.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                errors.add(new Problem.FieldError("reason", "must not contain control characters other than line breaks and tabs"));
            }
        }
        if (until != null && !until.isAfter(now)) {
            errors.add(new Problem.FieldError("until", "must be in the future; leave it out for a ban without end"));
        } else if (until != null && until.isAfter(now.plus(Duration.ofDays(366L * MAX_YEARS)))) {
            errors.add(new Problem.FieldError("until", "must be within " + MAX_YEARS + " years; leave it out for a ban without end"));
        }
        if (!errors.isEmpty()) {
            throw Rejection.invalidInput(errors);
        }
        // microseconds: what PostgreSQL keeps, so the answer, the event and the row agree
        return new BanTerms(reason, until == null ? null : DatabaseTime.of(until));
    }
}
