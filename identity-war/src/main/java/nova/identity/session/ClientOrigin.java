package nova.identity.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Where a login came from, kept with the session: the client's IP and its {@code User-Agent}.
 * The IP is the last hop of {@code X-Forwarded-For}: the one the gateway appended from the
 * connection it accepted. Earlier hops are whatever the client chose to send, so they are not
 * believed. Without the header, the connection's remote address. Both are for the account holder's
 * own session list.
 */
public record ClientOrigin(String ip, String userAgent) {

    static final int MAX_IP = 64;
    static final int MAX_USER_AGENT = 512;

    /** Where this request came from. */
    public static ClientOrigin of(HttpHeaders headers, HttpServletRequest request) {
        return of(headers.getHeaderString("X-Forwarded-For"), request.getRemoteAddr(),
                headers.getHeaderString(HttpHeaders.USER_AGENT));
    }

    public static ClientOrigin of(String forwardedFor, String remoteAddress, String userAgent) {
        String ip = null;
        if (forwardedFor != null) {
            int comma = forwardedFor.lastIndexOf(',');
            String last = (comma < 0 ? forwardedFor : forwardedFor.substring(comma + 1)).strip();
            ip = last.isEmpty() ? null : last;
        }
        if (ip == null && remoteAddress != null && !remoteAddress.isBlank()) {
            ip = remoteAddress.strip();
        }
        return new ClientOrigin(clip(ip, MAX_IP), clip(userAgent == null ? null : userAgent.strip(), MAX_USER_AGENT));
    }

    private static String clip(String value, int max) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
