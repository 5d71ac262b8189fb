package nova.user.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nova.contracts.event.EventJson;
import nova.contracts.user.UserBanned;
import nova.contracts.user.UserDeleted;
import nova.contracts.user.UserDeletionCancelled;
import nova.contracts.user.UserDeletionScheduled;
import nova.contracts.user.UserStatus;
import nova.contracts.user.UserUnbanned;
import nova.contracts.user.UserVerified;
import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

/** An account's lifecycle: each change returns its event, and the status always says what matters most. */
class UserTest {

    static final UUID ID = UUID.fromString("0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b");
    static final UUID MODERATOR = UUID.fromString("5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f");
    static final Instant REGISTERED = Instant.parse("2026-11-20T08:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123456Z");
    static final Duration GRACE = Duration.ofDays(30);

    static User ada() {
        return new User(ID, "ada", REGISTERED);
    }

    static BanTerms terms(String reason, Instant until) {
        return new BanTerms(reason, until);
    }

    @Test
    void aNewAccountIsActiveAndUnverified() {
        User ada = ada();
        assertEquals(new UserStatus(ID, "active", null, null, null), ada.standing());
        assertFalse(ada.verified());
    }

    @Test
    void onlyTheFirstProofVerifies() {
        User ada = ada();
        Instant proven = NOW.minusSeconds(3);

        assertEquals(Optional.of(new UserVerified(ID, "ada", proven)), ada.verify(proven, NOW));
        assertTrue(ada.verified());
        assertEquals(Optional.empty(), ada.verify(NOW, NOW.plusSeconds(1)), "a second proof is no news");
        assertEquals(proven, ada.verifiedAt());
    }

    @Test
    void aBanSaysWhyUntilWhenAndWho() {
        User ada = ada();
        Instant until = NOW.plus(Duration.ofDays(7));

        UserBanned banned = ada.ban(terms("Spam.", until), MODERATOR, NOW);

        assertEquals(new UserBanned(ID, "ada", "Spam.", until, MODERATOR, NOW), banned);
        assertEquals(new UserStatus(ID, "banned", "Spam.", until, null), ada.standing());
        assertEquals(MODERATOR, ada.bannedBy());
        assertEquals(banned, EventJson.fromJson(EventJson.toJson(banned), UserBanned.class));
    }

    @Test
    void theOperatorBansAsTheNilUuidInTheEventAndNobodyInTheRow() {
        User ada = ada();
        UserBanned banned = ada.ban(terms("Spam.", null), null, NOW);
        assertEquals(new UUID(0, 0), banned.bannedBy());
        assertEquals("00000000-0000-0000-0000-000000000000", EventJson.toJson(banned).getString("bannedBy"));
        assertNull(ada.bannedBy());
        assertTrue(EventJson.toJson(banned).isNull("until"), "a ban without end");
    }

    @Test
    void nobodyBansThemselves() {
        User ada = ada();
        Rejection refused = assertThrows(Rejection.class, () -> ada.ban(terms("Me.", null), ID, NOW));
        assertEquals(400, refused.problem().status());
        assertEquals("id", refused.errors().get(0).field());
        assertEquals("active", ada.status(), "nothing changed");
    }

    @Test
    void banningAgainReplacesTheTerms() {
        User ada = ada();
        ada.ban(terms("Spam.", NOW.plusSeconds(60)), MODERATOR, NOW);
        UserBanned longer = ada.ban(terms("Spam, again.", null), MODERATOR, NOW.plusSeconds(1));
        assertNull(longer.until());
        assertEquals(new UserStatus(ID, "banned", "Spam, again.", null, null), ada.standing());
    }

    @Test
    void unbanningEndsTheBanAndSaysWho() {
        User ada = ada();
        ada.ban(terms("Spam.", null), MODERATOR, NOW);

        assertEquals(new UserUnbanned(ID, MODERATOR, NOW.plusSeconds(5)), ada.unban(MODERATOR, NOW.plusSeconds(5)));
        assertEquals(new UserStatus(ID, "active", null, null, null), ada.standing());
        assertNull(ada.bannedBy());
        assertEquals(User.OPERATOR, ada.ban(terms("Spam.", null), null, NOW).bannedBy());
        assertEquals(User.OPERATOR, ada.unban(null, NOW).unbannedBy());
    }

    @Test
    void unbanningAnAccountThatIsNotBannedIsAConflict() {
        Rejection refused = assertThrows(Rejection.class, () -> ada().unban(MODERATOR, NOW));
        assertEquals(409, refused.problem().status());
    }

    @Test
    void aBanWithAnEndLapsesThenAndNotBefore() {
        User ada = ada();
        Instant until = NOW.plusSeconds(60);
        ada.ban(terms("Cool off.", until), MODERATOR, NOW);

        assertEquals(Optional.empty(), ada.lapse(until.minusNanos(1000)));
        assertEquals("banned", ada.status());
        assertEquals(Optional.of(new UserUnbanned(ID, null, until)), ada.lapse(until), "no lifter: it lapsed");
        assertEquals("active", ada.status());
        assertEquals(Optional.empty(), ada.lapse(until.plusSeconds(1)), "lapses once");
    }

    @Test
    void aBanWithoutEndNeverLapses() {
        User ada = ada();
        ada.ban(terms("Gone.", null), MODERATOR, NOW);
        assertEquals(Optional.empty(), ada.lapse(NOW.plus(Duration.ofDays(365 * 100))));
        assertTrue(ada.isBanned());
    }

    @Test
    void aDeletionIsScheduledOnceAndCanBeCancelled() {
        User ada = ada();
        Instant effective = NOW.plus(GRACE);

        assertEquals(Optional.of(new UserDeletionScheduled(ID, NOW, effective)), ada.scheduleDeletion(NOW, GRACE));
        assertEquals(new UserStatus(ID, "deletion_scheduled", null, null, effective), ada.standing());
        assertEquals(Optional.empty(), ada.scheduleDeletion(NOW.plusSeconds(60), GRACE), "asking again keeps the date");
        assertEquals(effective, ada.standing().deletionEffectiveAt());

        assertEquals(new UserDeletionCancelled(ID, NOW.plusSeconds(90)), ada.cancelDeletion(NOW.plusSeconds(90)));
        assertEquals(new UserStatus(ID, "active", null, null, null), ada.standing());
    }

    @Test
    void cancellingWhenNothingIsScheduledIsAConflict() {
        User ada = ada();
        assertEquals(409, assertThrows(Rejection.class, () -> ada.cancelDeletion(NOW)).problem().status());
        assertEquals("active", ada.status());
    }

    @Test
    void aDeletionTakesEffectWhenItsDateHasCome() {
        User ada = ada();
        ada.scheduleDeletion(NOW, GRACE);

        assertEquals(Optional.empty(), ada.delete(NOW.plus(GRACE).minusSeconds(1)));
        assertEquals("deletion_scheduled", ada.status());
        Optional<UserDeleted> deleted = ada.delete(NOW.plus(GRACE));
        assertEquals(Optional.of(new UserDeleted(ID, "ada", NOW.plus(GRACE))), deleted);
        assertEquals(new UserStatus(ID, "deleted", null, null, null), ada.standing());
        assertEquals(Optional.empty(), ada.delete(NOW.plus(GRACE).plusSeconds(1)), "deleted once");
    }

    @Test
    void anAccountWithoutAScheduledDeletionIsNeverDeleted() {
        User ada = ada();
        assertEquals(Optional.empty(), ada.delete(NOW.plus(Duration.ofDays(3650))));
        assertEquals("active", ada.status());
    }

    @Test
    void aBannedAccountCanScheduleItsDeletionAndTheBanStillShows() {
        User ada = ada();
        ada.ban(terms("Spam.", null), MODERATOR, NOW);
        ada.scheduleDeletion(NOW.plusSeconds(1), GRACE);
        assertEquals(new UserStatus(ID, "banned", "Spam.", null, NOW.plusSeconds(1).plus(GRACE)), ada.standing());

        ada.unban(MODERATOR, NOW.plusSeconds(2));
        assertEquals("deletion_scheduled", ada.status(), "lifting the ban shows the pending deletion");
    }

    @Test
    void aBannedAccountsDeletionStillTakesEffectAndEndsTheBan() {
        User ada = ada();
        ada.scheduleDeletion(NOW, GRACE);
        ada.ban(terms("Spam.", NOW.plus(Duration.ofDays(90))), MODERATOR, NOW.plusSeconds(1));
        assertEquals("banned", ada.status());

        assertTrue(ada.delete(NOW.plus(GRACE)).isPresent());
        assertEquals(new UserStatus(ID, "deleted", null, null, null), ada.standing());
        assertEquals(Optional.empty(), ada.lapse(NOW.plus(Duration.ofDays(91))), "no ban left to lapse");
    }

    @Test
    void aDeletedAccountIsFinal() {
        User ada = ada();
        ada.scheduleDeletion(NOW, GRACE);
        ada.delete(NOW.plus(GRACE));

        Rejection ban = assertThrows(Rejection.class, () -> ada.ban(terms("Spam.", null), MODERATOR, NOW));
        assertEquals(409, ban.problem().status());
        assertEquals(Optional.empty(), ada.scheduleDeletion(NOW, GRACE));
        assertEquals(409, assertThrows(Rejection.class, () -> ada.cancelDeletion(NOW)).problem().status());
        assertEquals(Optional.empty(), ada.verify(NOW, NOW), "nobody left to verify");
        assertEquals("deleted", ada.status());
    }
}
