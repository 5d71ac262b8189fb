package nova.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AccessTokenChecksTest {

    static String token(String headerJson) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(headerJson.getBytes(StandardCharsets.UTF_8))
                + ".e30.c2ln";
    }

    @Test
    void readsTheTypeFromTheHeader() {
        assertEquals("at+jwt", AccessTokenChecks.typeOf(token("{\"alg\":\"RS256\",\"typ\":\"at+jwt\",\"kid\":\"k\"}")));
        assertEquals("JWT", AccessTokenChecks.typeOf(token("{\"alg\":\"RS256\",\"typ\":\"JWT\"}")));
    }

    @Test
    void aMissingOrUnreadableTypeIsNoType() {
        assertNull(AccessTokenChecks.typeOf(token("{\"alg\":\"RS256\"}")));
        assertNull(AccessTokenChecks.typeOf(token("{\"typ\":42}")));
        assertNull(AccessTokenChecks.typeOf(token("not json")));
        assertNull(AccessTokenChecks.typeOf("!!!.e30.c2ln"));
        assertNull(AccessTokenChecks.typeOf("no-dots"));
        assertNull(AccessTokenChecks.typeOf(null));
    }
}
