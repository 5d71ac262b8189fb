package nova.contracts.communication;

/** The server's VAPID public key (base64url, 65 bytes uncompressed P-256); null when Web Push is not configured. */
public record PushKey(String publicKey) {
}
