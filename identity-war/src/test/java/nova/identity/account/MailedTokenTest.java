package nova.identity.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MailedTokenTest {

    static final Instant T = Instant.parse("2026-11-25T12:00:00Z");
    static final UUID USER = UUID.randomUUID();

    @Test
    void aTokenIs256RandomBitsInBase64UrlAndOnlyItsHashIsKept() {
        MailedToken token = MailedToken.generate();
        assertTrue(token.value().matches("[A-Za-z0-9_-]{43}"), token.value());
        assertEquals(32, token.hash().length);
        assertArrayEquals(token.hash(), MailedToken.hashOf(token.value()).orElseThrow());
        assertNotEquals(token.value(), MailedToken.generate().value());
        assertFalse(token.toString().contains(token.value()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"short", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void whatCannotBeOneOfOursIsNotLookedUp(String presented) {
        assertEquals(Optional.empty(), MailedToken.hashOf(presented));
    }

    @Test
    void aResetTokenLivesThirtyMinutesAVerificationTokenADay() {
        assertEquals(Duration.ofMinutes(30), MailedToken.Purpose.PASSWORD_RESET.lifetime());
        assertEquals(Duration.ofHours(24), MailedToken.Purpose.EMAIL_VERIFICATION.lifetime());
        StoredMailedToken reset = StoredMailedToken.issue(MailedToken.generate(), MailedToken.Purpose.PASSWORD_RESET, USER,
                "ada@example.org", T);
        assertEquals(T.plus(Duration.ofMinutes(30)), reset.expiresAt());
        assertEquals("password_reset", reset.purpose().column());
        assertEquals("email_verification", MailedToken.Purpose.EMAIL_VERIFICATION.column());
    }

    @Test
    void aTokenIsSpentOnceAndNotAfterItExpires() {
        StoredMailedToken fresh = StoredMailedToken.issue(MailedToken.generate(), MailedToken.Purpose.PASSWORD_RESET, USER,
                "ada@example.org", T);
        assertTrue(fresh.isUsableAt(T));
        assertTrue(fresh.isUsableAt(fresh.expiresAt().minusNanos(1000)));
        assertFalse(fresh.isUsableAt(fresh.expiresAt()), "expired at its expiry");
        StoredMailedToken spent = new StoredMailedToken(fresh.tokenHash(), fresh.purpose(), USER, fresh.email(),
                fresh.createdAt(), fresh.expiresAt(), T.plusSeconds(1));
        assertFalse(spent.isUsableAt(T.plusSeconds(2)), "single use");
        assertFalse(spent.toString().contains("ada@"), spent.toString());
    }

    @Test
    void atMostFiveAnHourAreSentToOneAccount() {
        assertEquals(5, MailedToken.Purpose.LIMIT_PER_WINDOW);
        assertEquals(Duration.ofHours(1), MailedToken.Purpose.LIMIT_WINDOW);
    }
}
