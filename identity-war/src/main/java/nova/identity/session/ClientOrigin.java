package nova.identity.session;

/**
 * Where a login came from, kept with the session: the client's IP (the first hop of
 * {@code X-Forwarded-For}, which the gateway sets, else the connection's remote address) and its
 * {@code User-Agent}. Both are for the account holder's own session list, never for decisions.
 */
public record ClientOrigin(String ip, String userAgent) {

    static final int MAX_IP = 64;
    static final int MAX_USER_AGENT = 512;

    public static ClientOrigin of(String forwardedFor, String remoteAddress, String userAgent) {
        String ip = null;
        if (forwardedFor != null) {
            int comma = forwardedFor.indexOf(',');
            String first = (comma < 0 ? forwardedFor : forwardedFor.substring(0, comma)).strip();
            ip = first.isEmpty() ? null : first;
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
