/** Cross-cutting pieces of the identity context: its JAX-RS application and configuration. */
package nova.identity.infra;
