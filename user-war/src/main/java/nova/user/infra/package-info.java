/**
 * Cross-cutting pieces of the user context: its JAX-RS application and the roles it declares, who the caller
 * is ({@link nova.user.infra.Caller}), user ids as callers write them, and the problems it answers. Invalid input
 * is a {@link nova.platform.problem.Rejection}, answered as problem+json by the platform.
 */
package nova.user.infra;
