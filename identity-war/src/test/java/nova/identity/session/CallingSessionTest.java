package nova.identity.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.util.UUID;
import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

class CallingSessionTest {

    final UUID user = UUID.randomUUID();
    final UUID session = UUID.randomUUID();

    @Test
    void readsTheUserAndTheSessionFromTheToken() {
        assertEquals(new CallingSession(user, session), CallingSession.of(user.toString(), session.toString(), null));
        assertEquals(new CallingSession(user, session), CallingSession.of(user.toString(), Json.createValue(session.toString()), null));
    }

    @Test
    void aTokenWithoutBothIsRefusedAsInvalid() {
        for (Object[] claims : new Object[][] {{user.toString(), null}, {null, session.toString()},
                {"nobody", session.toString()}, {user.toString(), "no-session"}, {user.toString(), 42}}) {
            Rejection refused = assertThrows(Rejection.class, () -> CallingSession.of((String) claims[0], claims[1], null));
            assertEquals(401, refused.problem().status());
            assertEquals("https://nova.dev/problems/invalid-token", refused.problem().type().toString());
        }
    }
}
