/**
 * Cross-cutting pieces of the media context: its JAX-RS application, who is calling, its refusals, its settings,
 * the content-addressed storage on disk and the signatures of tickets and file URLs.
 */
package nova.media.infra;
