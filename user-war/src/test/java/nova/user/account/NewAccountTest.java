package nova.user.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;
import nova.contracts.event.EventJson;
import nova.contracts.identity.UserRegistered;
import org.junit.jupiter.api.Test;

class NewAccountTest {

    static final UUID ID = UUID.fromString("0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b");
    static final Instant REGISTERED = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void theRegistrationGivesIdUsernameAndTimeAndTheUsernameIsTheFirstDisplayName() {
        UserRegistered registered = EventJson.fromJson(
                EventJson.toJson(new UserRegistered(ID, "ada", "ada@example.org", REGISTERED)), UserRegistered.class);

        assertEquals(new NewAccount(ID, "ada", "ada", REGISTERED), NewAccount.registered(registered));
    }

    @Test
    void theEmailStaysWithIdentity() {
        assertEquals(4, NewAccount.class.getRecordComponents().length);
        for (var component : NewAccount.class.getRecordComponents()) {
            assertFalse(component.getName().toLowerCase().contains("email"), component.getName());
        }
    }

    @Test
    void aUsernameLongerThanADisplayNameMayBeIsCutToFiftyCharacters() {
        assertEquals("a".repeat(50), NewAccount.defaultDisplayName("a".repeat(64)));
        String emoji = "\uD83D\uDE00";
        assertEquals(emoji.repeat(50), NewAccount.defaultDisplayName(emoji.repeat(51)), "never half a character");
    }

    @Test
    void aRegistrationWithoutAUsernameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NewAccount(ID, " ", " ", REGISTERED));
        assertThrows(NullPointerException.class, () -> new NewAccount(null, "ada", "ada", REGISTERED));
    }
}
