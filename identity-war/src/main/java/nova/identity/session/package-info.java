/**
 * Sessions: logging in (throttled by {@link nova.identity.throttle.LoginThrottle}; the password check; the
 * account's standing; a session per device, the first refresh token of a new family), refreshing (rotating
 * refresh tokens; a reused one revokes its family and session; the {@code groups} claim as the account's
 * permissions are now), and the holder's own sessions (list, revoke one, revoke the others, log out). Every
 * revocation goes through {@link nova.identity.session.SessionRevocation}. Publishes
 * {@code identity.user.logged_in} and {@code identity.session.revoked}.
 */
package nova.identity.session;
