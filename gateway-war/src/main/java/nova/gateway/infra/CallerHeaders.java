package nova.gateway.infra;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * Adds the caller's {@code X-Forwarded-For} and {@code User-Agent} to a call: the contract interfaces
 * carry no such parameters, yet identity records them on the session. With them goes the proxies' shared secret
 * ({@code nova.proxy.secret}): identity believes a forwarded address only from a proxy that proves it is one.
 */
public class CallerHeaders implements ClientRequestFilter {

    /** The header identity reads the proof from (identity's {@code TrustedProxies.PROOF_HEADER}). */
    static final String PROOF_HEADER = "X-Nova-Proxy-Secret";

    private final Caller caller;
    private final String proxySecret;

    /** @param proxySecret {@code nova.proxy.secret}, or null: then identity ignores the forwarded address */
    public CallerHeaders(Caller caller, String proxySecret) {
        this.caller = caller;
        this.proxySecret = proxySecret == null || proxySecret.isBlank() ? null : proxySecret;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle("X-Forwarded-For", caller.forwardedFor());
        if (proxySecret != null) {
            request.getHeaders().putSingle(PROOF_HEADER, proxySecret);
        }
        caller.userAgent().ifPresent(agent -> request.getHeaders().putSingle("User-Agent", agent));
    }
}
