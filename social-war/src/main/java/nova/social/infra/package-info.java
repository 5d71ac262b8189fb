/** Cross-cutting pieces of the social context: its JAX-RS application and configuration. */
package nova.social.infra;
