/**
 * Cross-cutting pieces of the user context: its JAX-RS application (its security role) and
 * the invalid-input problem every feature answers with.
 */
package nova.user.infra;
