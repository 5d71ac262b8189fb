package nova.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionClaimTest {

    final UUID sid = UUID.randomUUID();

    static String token(String payloadJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"at+jwt\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    @Test
    void theClaimIsReadAsTextOrAsAJsonString() {
        assertEquals(sid, SessionClaim.of(sid.toString(), null));
        assertEquals(sid, SessionClaim.of(Json.createValue(sid.toString()), null));
    }

    @Test
    void aClaimOfAnotherFormIsReadFromTheTokensPayload() {
        String token = token("{\"sub\":\"x\",\"sid\":\"" + sid + "\"}");
        assertEquals(sid, SessionClaim.of(new Object(), token));
        assertEquals(sid, SessionClaim.of(null, token));
    }

    @Test
    void aTokenWithoutAUsableSidHasNoSession() {
        assertNull(SessionClaim.of(null, token("{\"sub\":\"x\"}")), "forged-but-valid tokens of the tests have none");
        assertNull(SessionClaim.of("not-a-uuid", null));
        assertNull(SessionClaim.of(null, token("{\"sid\":42}")));
        assertNull(SessionClaim.of(null, "garbage"));
        assertNull(SessionClaim.of(null, null));
    }
}
