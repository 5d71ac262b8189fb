/** Cross-cutting pieces of the user context: its JAX-RS application and configuration. */
package nova.user.infra;
