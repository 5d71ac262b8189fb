/**
 * The media context's public language: its REST API ({@link nova.contracts.media.MediaApi}), the records it
 * answers with, and the payloads of the events it publishes on {@code nova.media}.
 */
package nova.contracts.media;
