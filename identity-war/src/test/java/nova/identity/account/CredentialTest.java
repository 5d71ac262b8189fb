package nova.identity.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CredentialTest {

    static final Instant T = Instant.parse("2026-11-25T12:00:00Z");
    static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";

    static Credential with(AccountStanding standing, List<String> permissions) {
        return new Credential(UUID.randomUUID(), "ada@example.org", "ada", HASH, standing, permissions, null, T);
    }

    @Test
    void aNewAccountIsActiveUnprovenAndSignedInOnly() {
        Credential ada = Credential.register(UUID.randomUUID(), "ada@example.org", "ada", HASH, T);
        assertTrue(ada.mayLogInAt(T));
        assertFalse(ada.isEmailVerified());
        assertEquals(List.of("user"), ada.groups());
    }

    @Test
    void theGroupsAreSignedInThenThePermissionsSortedEachOnce() {
        Credential moderator = with(AccountStanding.ACTIVE,
                List.of("view_dead_letters", "moderate_content", "view_dead_letters", "user", "ban_users"));
        assertEquals(List.of("user", "ban_users", "moderate_content", "view_dead_letters"), moderator.groups());
    }

    @Test
    void aBannedAccountMayNotLogInUntilItsBanEnds() {
        Credential banned = with(new AccountStanding(AccountStatus.BANNED, T.plusSeconds(60), T), List.of());
        assertFalse(banned.mayLogInAt(T));
        assertTrue(banned.mayLogInAt(T.plusSeconds(60)));
        assertFalse(with(new AccountStanding(AccountStatus.DELETED, null, T), List.of()).mayLogInAt(T));
    }

    @Test
    void itsTextShowsNeitherHashNorAddress() {
        String text = with(AccountStanding.ACTIVE, List.of()).toString();
        assertFalse(text.contains("argon2"), text);
        assertFalse(text.contains("@"), text);
    }
}
