/**
 * Cross-cutting pieces of the identity context: its JAX-RS application. Refused requests are
 * {@link nova.platform.problem.Rejection}s, answered as problem+json by the platform.
 */
package nova.identity.infra;
