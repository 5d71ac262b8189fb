/** Uploads: signed single-use tickets, then the bytes streamed straight to this server, checked and recorded. */
package nova.media.upload;
