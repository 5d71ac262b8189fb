/**
 * Cross-cutting pieces of the social context: its JAX-RS application, the caller, ids and pages as callers write
 * them, its refusals, and its one way to the content context ({@link nova.social.infra.ContentClient}).
 */
package nova.social.infra;
