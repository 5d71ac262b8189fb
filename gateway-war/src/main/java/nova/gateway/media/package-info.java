/**
 * Media (issue 15): upload tickets, a media file by id, the caller's own media, delete — answered by the media
 * context through {@link nova.gateway.media.MediaClient}. The bytes go straight from the client to the media server.
 */
package nova.gateway.media;
