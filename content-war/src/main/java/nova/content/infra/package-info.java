/** Cross-cutting pieces of the content context: its JAX-RS application and configuration. */
package nova.content.infra;
