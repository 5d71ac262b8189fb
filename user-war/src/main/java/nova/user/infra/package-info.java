/**
 * Cross-cutting pieces of the user context: its JAX-RS application and its security role.
 * Invalid input is a {@link nova.platform.problem.Rejection}, answered as problem+json by the platform.
 */
package nova.user.infra;
