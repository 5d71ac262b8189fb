package nova.identity.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nova.contracts.identity.ActiveSession;
import org.junit.jupiter.api.Test;

class SessionTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    final UUID ada = UUID.randomUUID();
    final UUID bob = UUID.randomUUID();
    final Session adas = Session.begin(ada, new ClientOrigin("203.0.113.7", "Firefox"), NOW.minus(Duration.ofDays(2)));

    @Test
    void onlyTheOwnerMayRevokeAnOpenSession() {
        assertTrue(adas.isRevocableBy(ada, NOW));
        assertFalse(adas.isRevocableBy(bob, NOW), "someone else's session is as good as unknown");
    }

    @Test
    void anEndedSessionCannotBeRevokedAgain() {
        Session revoked = new Session(adas.id(), ada, adas.createdAt(), adas.lastUsedAt(), adas.origin(), NOW.minusSeconds(5));
        assertFalse(revoked.isOpenAt(NOW));
        assertFalse(revoked.isRevocableBy(ada, NOW));
    }

    @Test
    void aSessionNotRefreshedForTheRefreshTokenLifetimeHasEnded() {
        Session idle = new Session(adas.id(), ada, adas.createdAt(), NOW.minus(RefreshToken.LIFETIME), adas.origin(), null);
        assertFalse(idle.isOpenAt(NOW), "its last refresh token has expired");
        assertFalse(idle.isRevocableBy(ada, NOW));
        assertTrue(idle.isOpenAt(NOW.minusSeconds(1)));
    }

    @Test
    void aSessionEndsNinetyDaysAfterItsLoginHoweverRecentlyRefreshed() {
        Instant end = adas.createdAt().plus(Duration.ofDays(90));
        assertEquals(end, adas.endsAt());
        Session refreshedAMinuteAgo = new Session(adas.id(), ada, adas.createdAt(), end.minusSeconds(60), adas.origin(), null);
        assertTrue(refreshedAMinuteAgo.isOpenAt(end.minusSeconds(1)));
        assertFalse(refreshedAMinuteAgo.isOpenAt(end), "at its end");
        assertFalse(refreshedAMinuteAgo.isRevocableBy(ada, end));
    }

    @Test
    void theHolderSeesWhereAndWhenAndWhetherItIsTheCurrentOne() {
        ActiveSession seen = adas.toActiveSession(adas.id());
        assertEquals(new ActiveSession(adas.id(), "Firefox", "203.0.113.7", adas.createdAt(), adas.lastUsedAt(), true), seen);
        assertFalse(adas.toActiveSession(UUID.randomUUID()).current());
        assertFalse(adas.toActiveSession(null).current());
    }
}
