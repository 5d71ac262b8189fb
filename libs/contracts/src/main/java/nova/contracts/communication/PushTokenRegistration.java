package nova.contracts.communication;

/**
 * A browser's Web Push subscription ({@code PushSubscription.toJSON()}): {@code endpoint} an https URL of its push
 * service (≤ 2048 chars), {@code p256dh} its P-256 public key (base64url, 65 bytes uncompressed), {@code auth} its
 * authentication secret (base64url, 16 bytes).
 */
public record PushTokenRegistration(String endpoint, String p256dh, String auth) {

    @Override
    public String toString() {
        return "PushTokenRegistration[...]"; // an endpoint is a capability: never logged
    }
}
