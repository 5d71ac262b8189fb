package nova.gateway.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void forwardedForStartsWithTheRemoteAddress() {
        assertEquals("192.0.2.10", Caller.forwardedFor(null, "192.0.2.10"));
        assertEquals("192.0.2.10", Caller.forwardedFor(" ", "192.0.2.10"));
    }

    @Test
    void forwardedForAppendsTheRemoteAddressToTheChain() {
        assertEquals("203.0.113.7, 198.51.100.1, 192.0.2.10",
                Caller.forwardedFor("203.0.113.7, 198.51.100.1 ", "192.0.2.10"));
    }

    @Test
    void onlyBearerTokensAreForwarded() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.of("Bearer abc.def.ghi"), Caller.bearer("Bearer abc.def.ghi"));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.of("bearer abc"), Caller.bearer("bearer abc"));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.empty(), Caller.bearer("Basic YWRtaW46eA=="));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.empty(), Caller.bearer("Bearer "));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.empty(), Caller.bearer(null));
    }
}
