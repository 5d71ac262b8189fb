package nova.gateway.infra;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * Adds the caller's {@code X-Forwarded-For} and {@code User-Agent} to a call: the contract interfaces
 * carry no such parameters, yet identity records them on the session.
 */
public class CallerHeaders implements ClientRequestFilter {

    private final Caller caller;

    public CallerHeaders(Caller caller) {
        this.caller = caller;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle("X-Forwarded-For", caller.forwardedFor());
        caller.userAgent().ifPresent(agent -> request.getHeaders().putSingle("User-Agent", agent));
    }
}
