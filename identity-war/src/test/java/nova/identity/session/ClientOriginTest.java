package nova.identity.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ClientOriginTest {

    @Test
    void theLastForwardedHopIsBelievedNotWhatTheClientClaims() {
        // the client claimed 203.0.113.7; the gateway appended the address it really saw
        assertEquals("198.51.100.9", ClientOrigin.of("203.0.113.7, 198.51.100.9", "127.0.0.1", null).ip());
        assertEquals("2001:db8::1", ClientOrigin.of(" 2001:db8::1 ", "127.0.0.1", null).ip());
    }

    @Test
    void withoutForwardingTheRemoteAddressIsTheClient() {
        assertEquals("127.0.0.1", ClientOrigin.of(null, "127.0.0.1", null).ip());
        assertEquals("127.0.0.1", ClientOrigin.of("10.0.0.2, ", "127.0.0.1", null).ip());
        assertNull(ClientOrigin.of(null, null, null).ip());
    }

    @Test
    void theUserAgentIsKeptAndOverlongValuesAreClipped() {
        ClientOrigin origin = ClientOrigin.of("x".repeat(100), null, "  Mozilla/5.0 " + "y".repeat(1000));
        assertEquals(64, origin.ip().length());
        assertEquals(512, origin.userAgent().length());
        assertEquals("Mozilla/5.0 (X11)", ClientOrigin.of(null, null, "Mozilla/5.0 (X11)").userAgent());
        assertNull(ClientOrigin.of(null, null, "   ").userAgent());
    }
}
