package nova.communication.push;

/**
 * A way to reach a member off the app. One real implementation: {@link WebPushProvider}; SMS goes through the same
 * interface ({@link LoggingSmsProvider} for local runs, a carrier's implementation in production).
 */
public interface DeliveryProvider {

    /** The channel it serves: {@code webpush} or {@code sms}. */
    String channel();

    /**
     * Sends one payload to one destination. Never throws for the destination's or the network's faults: the
     * answer says what happened.
     */
    DeliveryResult deliver(Destination destination, byte[] payload);

    /**
     * Where to: a Web Push subscription's endpoint URL with its {@code p256dh} and {@code auth} keys (base64url),
     * or a phone number (E.164) with no keys.
     */
    record Destination(String address, String p256dh, String auth) {

        @Override
        public String toString() {
            return "Destination[...]"; // an endpoint is a capability, a phone number personal: never logged
        }
    }

    /** What became of one delivery. */
    record DeliveryResult(Outcome outcome, int status, String detail) {

        public enum Outcome {
            /** accepted by the push service or carrier */
            DELIVERED,
            /** the destination no longer exists (404/410): forget it */
            GONE,
            /** try again later (429, 5xx, network) */
            RETRY,
            /** refused for good (400, 403, 413: our fault or the payload's) */
            FAILED
        }

        public static DeliveryResult of(Outcome outcome, int status, String detail) {
            return new DeliveryResult(outcome, status, detail);
        }
    }
}
