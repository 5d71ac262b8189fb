package nova.identity.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 14: a forwarded client address is believed from the gateway only, never from a caller that claims it. */
class TrustedProxiesTest {

    static final String SECRET = "the-gateways-secret";

    static TrustedProxies proxies(String secret, String... addresses) {
        TrustedProxies proxies = new TrustedProxies();
        proxies.trustedAddresses = List.of(addresses);
        proxies.secret = Optional.ofNullable(secret);
        proxies.init();
        return proxies;
    }

    @Test
    void theGatewaysForwardedAddressIsUsed() {
        TrustedProxies local = proxies(SECRET, "127.0.0.1", "::1");
        ClientOrigin origin = local.originOf(headers(Map.of("X-Forwarded-For", "203.0.113.7, 198.51.100.9",
                TrustedProxies.PROOF_HEADER, SECRET)), from("127.0.0.1"));
        assertEquals("198.51.100.9", origin.ip(), "the hop the gateway appended");
        assertTrue(local.vouches("0:0:0:0:0:0:0:1", SECRET), "IPv6 loopback as the servlet container writes it");
    }

    @Test
    void aDirectCallerOnTheSameMachineCannotChooseItsAddress() {
        TrustedProxies local = proxies(SECRET, "127.0.0.1", "::1");
        assertEquals("127.0.0.1", local.originOf(headers(Map.of("X-Forwarded-For", "198.18.0.7")), from("127.0.0.1")).ip(),
                "no proof: the connection's address counts");
        assertEquals("127.0.0.1", local.originOf(headers(Map.of("X-Forwarded-For", "198.18.0.7",
                TrustedProxies.PROOF_HEADER, "a guess")), from("127.0.0.1")).ip(), "a wrong proof is no proof");
        assertFalse(local.vouches("127.0.0.1", ""));
    }

    @Test
    void theSecretIsUselessFromAnAddressNotListed() {
        TrustedProxies local = proxies(SECRET, "127.0.0.1");
        assertEquals("192.0.2.44", local.originOf(headers(Map.of("X-Forwarded-For", "198.18.0.7",
                TrustedProxies.PROOF_HEADER, SECRET)), from("192.0.2.44")).ip());
    }

    @Test
    void withoutASecretNoForwardedHeaderIsBelieved() {
        TrustedProxies unconfigured = proxies(null, "127.0.0.1");
        assertFalse(unconfigured.vouches("127.0.0.1", null));
        assertFalse(unconfigured.vouches("127.0.0.1", ""));
        assertFalse(proxies(" ", "127.0.0.1").vouches("127.0.0.1", " "));
    }

    @Test
    void rangesAreCidrAndHostNamesAreNeverLookedUp() {
        TrustedProxies cluster = proxies(SECRET, "10.42.0.0/16", "fd00::/8", "gateway.example", "10.0.0.1/33");
        assertTrue(cluster.vouches("10.42.7.9", SECRET));
        assertFalse(cluster.vouches("10.43.0.1", SECRET));
        assertTrue(cluster.vouches("fd12::5", SECRET));
        assertFalse(cluster.vouches("127.0.0.1", SECRET), "loopback is not listed here");
        assertFalse(cluster.vouches("gateway.example", SECRET));
        assertEquals(2, TrustedProxies.parse(List.of("10.42.0.0/16", "fd00::/8", "gateway.example", "10.0.0.1/33")).size());
    }

    static HttpHeaders headers(Map<String, String> values) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class},
                (proxy, method, args) -> method.getName().equals("getHeaderString") ? values.get((String) args[0]) : null);
    }

    static HttpServletRequest from(String remoteAddress) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> method.getName().equals("getRemoteAddr") ? remoteAddress : null);
    }
}
