package nova.identity.session;

/**
 * Where a login came from, kept with the session and counted by the login throttle: the client's IP and its
 * {@code User-Agent}. The IP is the last hop of {@code X-Forwarded-For} when a trusted proxy sent it
 * ({@link TrustedProxies}): the one the gateway appended from the connection it accepted. Earlier hops are
 * whatever the client chose to send, so they are not believed. Otherwise the connection's remote address.
 */
public record ClientOrigin(String ip, String userAgent) {

    static final int MAX_IP = 64;
    static final int MAX_USER_AGENT = 512;

    /**
     * @param forwardedFor  the {@code X-Forwarded-For} of a request a trusted proxy vouched for, else null
     * @param remoteAddress the connection's remote address
     */
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
