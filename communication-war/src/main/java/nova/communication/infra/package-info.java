/** Cross-cutting pieces of the communication context: its JAX-RS application and configuration. */
package nova.communication.infra;
