package nova.identity.session;

import static nova.identity.session.StoredRefreshToken.Standing.EXPIRED;
import static nova.identity.session.StoredRefreshToken.Standing.REUSED;
import static nova.identity.session.StoredRefreshToken.Standing.REVOKED;
import static nova.identity.session.StoredRefreshToken.Standing.USABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StoredRefreshTokenTest {

    static final Instant ISSUED = Instant.parse("2026-03-01T12:00:00Z");
    static final UUID FAMILY = UUID.randomUUID();
    static final UUID USER = UUID.randomUUID();
    static final Session LOGIN = Session.begin(USER, new ClientOrigin("203.0.113.7", "Firefox"), ISSUED);
    static final UUID SESSION = LOGIN.id();

    final StoredRefreshToken fresh = StoredRefreshToken.issue(RefreshToken.generate(), LOGIN, FAMILY, ISSUED);

    @Test
    void aNewTokenLivesThirtyDaysInItsFamily() {
        assertEquals(ISSUED.plus(Duration.ofDays(30)), fresh.expiresAt());
        assertEquals(FAMILY, fresh.familyId());
        assertEquals(SESSION, fresh.sessionId());
        assertEquals(USER, fresh.userId());
        assertEquals(2_592_000, RefreshToken.LIFETIME.toSeconds());
    }

    @Test
    void aTokenIssuedNearTheEndOfItsSessionExpiresWithTheSession() {
        Instant late = LOGIN.endsAt().minus(Duration.ofDays(3));
        StoredRefreshToken last = StoredRefreshToken.issue(RefreshToken.generate(), LOGIN, FAMILY, late);
        assertEquals(LOGIN.endsAt(), last.expiresAt(), "three days left, not thirty");
        assertEquals(ISSUED.plus(Duration.ofDays(90)), last.expiresAt());
        assertEquals(EXPIRED, last.standingAt(LOGIN.endsAt()));
    }

    @Test
    void anUnspentTokenIsUsableUntilItExpires() {
        assertEquals(USABLE, fresh.standingAt(ISSUED));
        assertEquals(USABLE, fresh.standingAt(fresh.expiresAt().minusMillis(1)));
        assertEquals(EXPIRED, fresh.standingAt(fresh.expiresAt()));
    }

    @Test
    void aSpentTokenPresentedAgainIsReuseEvenWhenExpired() {
        StoredRefreshToken spent = withUsedAndRevoked(ISSUED.plusSeconds(60), null);

        assertEquals(REUSED, spent.standingAt(ISSUED.plusSeconds(61)));
        assertEquals(REUSED, spent.standingAt(spent.expiresAt().plusSeconds(1)));
    }

    @Test
    void aRevokedTokenIsRevokedWhetherSpentOrNot() {
        assertEquals(REVOKED, withUsedAndRevoked(null, ISSUED.plusSeconds(5)).standingAt(ISSUED.plusSeconds(6)));
        assertEquals(REVOKED, withUsedAndRevoked(ISSUED.plusSeconds(1), ISSUED.plusSeconds(5))
                .standingAt(ISSUED.plusSeconds(6)));
    }

    StoredRefreshToken withUsedAndRevoked(Instant usedAt, Instant revokedAt) {
        return new StoredRefreshToken(fresh.tokenHash(), SESSION, FAMILY, USER, fresh.issuedAt(), fresh.expiresAt(), usedAt,
                revokedAt);
    }
}
