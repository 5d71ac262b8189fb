package nova.gateway.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;
import nova.contracts.identity.ActiveSession;
import nova.gateway.infra.ApiError;
import nova.gateway.infra.ProblemMapping;
import org.junit.jupiter.api.Test;

class SessionOperationsTest {

    @Test
    void aMalformedSessionIdIsNotFoundLikeAnUnknownOne() {
        UUID id = UUID.randomUUID();
        assertEquals(id, SessionOperations.sessionId(id.toString()));
        ApiError error = assertThrows(ApiError.class, () -> SessionOperations.sessionId("42"));
        assertEquals(ApiError.Code.NOT_FOUND, error.code());
    }

    @Test
    void aTokenOfARevokedSessionIsUnauthenticated() {
        ApiError error = ProblemMapping.toApiError("identity", 401, """
                {"type":"https://nova.dev/problems/invalid-token","title":"Invalid token","status":401,
                 "detail":"This token's session has been revoked. Log in again."}""");
        assertEquals(ApiError.Code.UNAUTHENTICATED, error.code());
        assertEquals("the access token is missing, invalid or expired", error.getMessage());
        // mpJwt's own refusal has no problem body at all
        assertEquals(ApiError.Code.UNAUTHENTICATED, ProblemMapping.toApiError("identity", 401, "").code());
    }

    @Test
    void aSessionIsShownInUtc() {
        Instant created = Instant.parse("2026-11-25T12:00:00.123456Z");
        Session session = new Session(new ActiveSession(UUID.randomUUID(), null, "203.0.113.7", created,
                created.plusSeconds(60), true));
        assertEquals("2026-11-25T12:00:00.123456Z", session.getCreatedAt().toString());
        assertEquals(true, session.isCurrent());
        assertEquals(null, session.getUserAgent());
    }
}
