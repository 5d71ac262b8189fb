/**
 * Cross-cutting pieces of the content context: its JAX-RS application, who is calling, the problems it answers,
 * ids and cursors as callers write them, one transaction boundary, and the one decorated client per context it
 * calls ({@link nova.content.infra.UserContext}, {@link nova.content.infra.MediaContext}).
 */
package nova.content.infra;
