package nova.identity.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountStandingTest {

    static final Instant T = Instant.parse("2026-11-25T12:00:00Z");

    final AccountStanding active = AccountStanding.ACTIVE;

    @Test
    void aNewAccountMayLogIn() {
        assertTrue(active.allowsLoginAt(T));
    }

    @Test
    void aBanWithoutEndHoldsForEver() {
        AccountStanding banned = active.banned(null, T).orElseThrow();
        assertEquals(new AccountStanding(AccountStatus.BANNED, null, T), banned);
        assertFalse(banned.allowsLoginAt(T));
        assertFalse(banned.allowsLoginAt(T.plusSeconds(10 * 365 * 86_400L)));
    }

    @Test
    void aBanWithAnEndLapsesByItselfAtThatInstant() {
        Instant until = T.plusSeconds(30);
        AccountStanding banned = active.banned(until, T).orElseThrow();
        assertFalse(banned.allowsLoginAt(until.minusNanos(1000)));
        assertTrue(banned.allowsLoginAt(until));
        assertTrue(banned.allowsLoginAt(until.plusSeconds(1)));
    }

    @Test
    void anUnbanEndsTheBan() {
        AccountStanding banned = active.banned(null, T).orElseThrow();
        AccountStanding lifted = banned.unbanned(T.plusSeconds(5)).orElseThrow();
        assertEquals(new AccountStanding(AccountStatus.ACTIVE, null, T.plusSeconds(5)), lifted);
        assertTrue(lifted.allowsLoginAt(T.plusSeconds(5)));
    }

    @Test
    void anOlderEventArrivingLateChangesNothing() {
        AccountStanding lifted = active.banned(null, T).orElseThrow().unbanned(T.plusSeconds(60)).orElseThrow();
        assertEquals(Optional.empty(), lifted.banned(null, T), "the ban that was lifted does not come back");
        AccountStanding bannedAgain = lifted.banned(null, T.plusSeconds(120)).orElseThrow();
        assertEquals(Optional.empty(), bannedAgain.unbanned(T.plusSeconds(60)), "an old unban does not lift a newer ban");
    }

    @Test
    void eventsOfTheSameInstantApplyInTheOrderTheyCome() {
        AccountStanding banned = active.banned(null, T).orElseThrow();
        assertTrue(banned.unbanned(T).isPresent());
    }

    @Test
    void deletionIsFinalWhateverComesAfterOrBefore() {
        AccountStanding banned = active.banned(null, T.plusSeconds(100)).orElseThrow();
        AccountStanding deleted = banned.deleted(T).orElseThrow();
        assertEquals(AccountStatus.DELETED, deleted.status());
        assertTrue(deleted.isFinal());
        assertFalse(deleted.allowsLoginAt(T.plusSeconds(1_000_000)));
        assertEquals(Optional.empty(), deleted.unbanned(T.plusSeconds(200)));
        assertEquals(Optional.empty(), deleted.banned(T.plusSeconds(300), T.plusSeconds(200)));
        assertEquals(Optional.empty(), deleted.deleted(T.plusSeconds(200)), "a second deletion has nothing to do");
    }

    @Test
    void onlyABanHasAnEnd() {
        assertNull(new AccountStanding(AccountStatus.ACTIVE, T, T).bannedUntil());
        assertNull(new AccountStanding(AccountStatus.DELETED, T, T).bannedUntil());
        assertEquals(T, new AccountStanding(AccountStatus.BANNED, T, T).bannedUntil());
    }
}
