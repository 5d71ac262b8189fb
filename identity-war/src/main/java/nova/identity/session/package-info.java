/**
 * Sessions: logging in (password check, a session per device, the first refresh token of a new
 * family) and refreshing (rotating refresh tokens; a reused one revokes its family and session).
 * Publishes {@code identity.user.logged_in}.
 */
package nova.identity.session;
