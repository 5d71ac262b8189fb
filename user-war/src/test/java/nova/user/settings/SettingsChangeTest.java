package nova.user.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nova.contracts.user.SettingsUpdate;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

class SettingsChangeTest {

    static List<Problem.FieldError> errorsOf(SettingsUpdate update) {
        return assertThrows(Rejection.class, () -> SettingsChange.of(update)).errors();
    }

    @Test
    void noBodyAndAllNullChangeNothing() {
        assertSame(SettingsChange.NONE, SettingsChange.of(null));
        assertTrue(SettingsChange.of(new SettingsUpdate(null, null, null, null, null)).isEmpty());
        assertTrue(SettingsChange.of(new SettingsUpdate(null, null, null, Map.of(), Map.of())).isEmpty());
    }

    @Test
    void everyKnownValue() {
        SettingsChange change = SettingsChange.of(new SettingsUpdate(true, "mutuals", false,
                Map.of("like", false, "follow_request", true), Map.of("digest", true)));
        assertEquals(new SettingsChange(true, MessagePolicy.MUTUALS, false, Map.of("like", false, "follow_request", true),
                Map.of("digest", true)), change);
    }

    @Test
    void everyMessagePolicyByItsWord() {
        for (MessagePolicy policy : MessagePolicy.values()) {
            assertEquals(policy, SettingsChange.of(new SettingsUpdate(null, policy.code(), null, null, null)).messagePolicy());
        }
    }

    @Test
    void anUnknownPolicyIsRefused() {
        for (String policy : List.of("friends", "EVERYONE", "", "nobody; DROP TABLE users")) {
            List<Problem.FieldError> errors = errorsOf(new SettingsUpdate(null, policy, null, null, null));
            assertEquals(List.of("messagePolicy"), errors.stream().map(Problem.FieldError::field).toList(), policy);
            assertTrue(errors.get(0).message().contains("everyone, followers, following, mutuals, nobody"));
        }
    }

    @Test
    void unknownKeysAreRefusedByName() {
        List<Problem.FieldError> errors = errorsOf(new SettingsUpdate(null, null, null,
                Map.of("likes", false, "like", false), Map.of("newsletter", true)));
        assertEquals(List.of("notifications.likes", "emails.newsletter"),
                errors.stream().map(Problem.FieldError::field).toList());
        assertTrue(errors.get(0).message().contains("follow, follow_request, mention, reply, like, share, message"),
                errors.get(0).message());
    }

    @Test
    void aSwitchIsTrueOrFalseNotNull() {
        Map<String, Boolean> withNull = new HashMap<>();
        withNull.put("mention", null);
        assertEquals(List.of("notifications.mention"), errorsOf(new SettingsUpdate(null, null, null, withNull, null))
                .stream().map(Problem.FieldError::field).toList());
    }

    @Test
    void everyProblemAtOnce() {
        List<Problem.FieldError> errors = errorsOf(new SettingsUpdate(true, "all", null, Map.of("x", true),
                Map.of("y", false)));
        assertEquals(List.of("messagePolicy", "notifications.x", "emails.y"),
                errors.stream().map(Problem.FieldError::field).toList());
    }
}
