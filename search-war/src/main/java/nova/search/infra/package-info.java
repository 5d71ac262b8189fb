/** Cross-cutting pieces of the search context: its JAX-RS application and configuration. */
package nova.search.infra;
