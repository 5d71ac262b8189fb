/** Serving stored bytes: file URLs (signed when private), Range, ETag and cache headers. */
package nova.media.serving;
