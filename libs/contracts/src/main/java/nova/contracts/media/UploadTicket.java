package nova.contracts.media;

import java.time.Instant;

/**
 * A short-lived, single-use permission to upload one file: {@code PUT} the raw bytes to {@code uploadUrl}
 * (which already carries {@code ticket}) with the same bearer token before {@code expiresAt}; at most
 * {@code maxBytes} are accepted.
 */
public record UploadTicket(String ticket, String uploadUrl, Instant expiresAt, long maxBytes) {
}
