package nova.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AccessTokenTypeTest {

    static String token(String headerJson) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(headerJson.getBytes(StandardCharsets.UTF_8))
                + ".e30.c2ln";
    }

    @Test
    void readsTheTypeFromTheHeader() {
        assertEquals("at+jwt", AccessTokenType.typeOf(token("{\"alg\":\"RS256\",\"typ\":\"at+jwt\",\"kid\":\"k\"}")));
        assertEquals("JWT", AccessTokenType.typeOf(token("{\"alg\":\"RS256\",\"typ\":\"JWT\"}")));
    }

    @Test
    void aMissingOrUnreadableTypeIsNoType() {
        assertNull(AccessTokenType.typeOf(token("{\"alg\":\"RS256\"}")));
        assertNull(AccessTokenType.typeOf(token("{\"typ\":42}")));
        assertNull(AccessTokenType.typeOf(token("not json")));
        assertNull(AccessTokenType.typeOf("!!!.e30.c2ln"));
        assertNull(AccessTokenType.typeOf("no-dots"));
        assertNull(AccessTokenType.typeOf(null));
    }
}
