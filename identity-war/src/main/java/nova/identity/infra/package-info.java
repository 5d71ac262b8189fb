/**
 * Cross-cutting pieces of the identity context: its JAX-RS application and how a refused request
 * ({@link nova.identity.infra.Rejection}) becomes a problem+json answer.
 */
package nova.identity.infra;
