/** Cross-cutting pieces of the events context: its JAX-RS application and configuration. */
package nova.events.infra;
