/**
 * How a context sees its caller: the identity proven by the access token it was given. Only
 * {@code at+jwt} tokens ({@link nova.platform.security.AccessTokenChecks}) of sessions that are not
 * revoked ({@link nova.platform.security.RevokedSessions}, fed by {@code identity.session.revoked})
 * open the API.
 */
package nova.platform.security;
