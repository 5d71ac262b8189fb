package nova.communication.push;

import java.util.logging.Logger;
import nova.communication.push.DeliveryProvider.DeliveryResult.Outcome;

/**
 * NOT a real SMS provider: for local runs and tests only, it sends nothing and logs that a text of so many
 * bytes would have gone out — never the number and never the text.
 * Chosen with {@code nova.communication.sms.provider=logging} (the default; production names a carrier's).
 */
public final class LoggingSmsProvider implements DeliveryProvider {

    private static final Logger LOG = Logger.getLogger(LoggingSmsProvider.class.getName());

    @Override
    public String channel() {
        return "sms";
    }

    @Override
    public DeliveryResult deliver(Destination destination, byte[] payload) {
        LOG.info(() -> "logging SMS provider (sends nothing): a text of " + payload.length + " bytes");
        return DeliveryResult.of(Outcome.DELIVERED, 0, "logged, not sent");
    }

}
