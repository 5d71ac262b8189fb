/**
 * Sessions: logging in (password check, a session per device, the first refresh token of a new
 * family), refreshing (rotating refresh tokens; a reused one revokes its family and session), and the
 * holder's own sessions (list, revoke one, revoke the others, log out). Every revocation goes through
 * {@link nova.identity.session.SessionRevocation}. Publishes {@code identity.user.logged_in} and
 * {@code identity.session.revoked}.
 */
package nova.identity.session;
