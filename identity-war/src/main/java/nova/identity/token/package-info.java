/**
 * Access tokens: RS256 JWTs built and signed with Nimbus JOSE+JWT, the RSA signing keys they are
 * signed with (stored with their private half encrypted), the JWKS that publishes them, and the
 * keys' rotation: a new key signs at once, the one it replaced stays published until its last
 * tokens have expired ({@link nova.identity.token.KeyRing}), automatically after
 * {@code nova.jwt.key.max-age} or when an operator asks ({@code POST /signing-keys/rotation}).
 */
package nova.identity.token;
