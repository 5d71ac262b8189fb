/** Cross-cutting pieces of the media context: its JAX-RS application and configuration. */
package nova.media.infra;
