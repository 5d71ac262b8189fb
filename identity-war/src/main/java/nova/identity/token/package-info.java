/**
 * Access tokens: RS256 JWTs built and signed with the JDK alone, the RSA signing keys they are
 * signed with (stored with their private half encrypted), and the JWKS that publishes them.
 */
package nova.identity.token;
