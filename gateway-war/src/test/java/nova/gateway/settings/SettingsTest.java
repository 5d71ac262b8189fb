package nova.gateway.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nova.contracts.user.SettingsUpdate;
import nova.contracts.user.UserSettings;
import nova.gateway.infra.ApiError;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static NotificationPreferenceInput notification(String type, boolean enabled) {
        NotificationPreferenceInput input = new NotificationPreferenceInput();
        input.setType(type);
        input.setEnabled(enabled);
        return input;
    }

    private static EmailPreferenceInput email(String kind, boolean enabled) {
        EmailPreferenceInput input = new EmailPreferenceInput();
        input.setKind(kind);
        input.setEnabled(enabled);
        return input;
    }

    @Test
    void mapsBecomeListsSortedByKey() {
        Settings settings = new Settings(new UserSettings(true, "mutuals", false,
                Map.of("reply", true, "like", false, "follow", true), Map.of("digest", false, "notifications", true),
                Instant.parse("2026-11-25T12:00:00Z")));

        assertEquals(MessagePolicy.MUTUALS, settings.getMessagePolicy());
        assertEquals(List.of("follow=true", "like=false", "reply=true"),
                settings.getNotifications().stream().map(n -> n.getType() + "=" + n.isEnabled()).toList());
        assertEquals(List.of("digest=false", "notifications=true"),
                settings.getEmails().stream().map(e -> e.getKind() + "=" + e.isEnabled()).toList());
        assertEquals("2026-11-25T12:00Z", settings.getUpdatedAt().toString());
    }

    @Test
    void everyPolicyOfTheContractHasItsValue() {
        for (String policy : List.of("everyone", "followers", "following", "mutuals", "nobody")) {
            assertEquals(policy, MessagePolicy.of(policy).value());
        }
    }

    @Test
    void anInputChangesOnlyWhatItNames() {
        SettingsInput input = new SettingsInput();
        input.setMessagePolicy(MessagePolicy.NOBODY);
        input.setNotifications(List.of(notification("like", false), notification("mention", true)));

        SettingsUpdate update = input.toUpdate();

        assertEquals(new SettingsUpdate(null, "nobody", null, Map.of("like", false, "mention", true), null), update);
        assertNull(new SettingsInput().toUpdate().notifications());
    }

    @Test
    void aKeyNamedTwiceIsRefusedBeforeAnyoneIsCalled() {
        SettingsInput input = new SettingsInput();
        input.setNotifications(List.of(notification("like", false), notification("like", true)));
        input.setEmails(List.of(email("digest", true), email("digest", true)));

        ApiError error = assertThrows(ApiError.class, input::toUpdate);

        assertEquals(ApiError.Code.VALIDATION_FAILED, error.code());
        assertEquals(List.of(new ApiError.FieldError("notifications", "names 'like' more than once"),
                new ApiError.FieldError("emails", "names 'digest' more than once")), error.fieldErrors());
    }

    @Test
    void aNullEntryIsRefusedLikeAnyInvalidField() {
        SettingsInput input = new SettingsInput();
        input.setEmails(java.util.Arrays.asList(email("digest", true), null));

        ApiError error = assertThrows(ApiError.class, input::toUpdate);

        assertEquals(List.of(new ApiError.FieldError("emails", "must not hold null")), error.fieldErrors());
    }
}
