package nova.communication.push;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The delivery providers this server has: Web Push when its VAPID key pair is configured ({@code NOVA_VAPID_PRIVATE_KEY},
 * {@code NOVA_VAPID_PUBLIC_KEY}), and the SMS provider {@code nova.communication.sms.provider} names ({@code logging}:
 * {@link LoggingSmsProvider}, the only one so far).
 */
@ApplicationScoped
public class Providers {

    private static final Logger LOG = Logger.getLogger(Providers.class.getName());

    @Inject
    @ConfigProperty(name = "nova.vapid.private-key")
    Optional<String> vapidPrivateKey;

    @Inject
    @ConfigProperty(name = "nova.vapid.public-key")
    Optional<String> vapidPublicKey;

    @Inject
    @ConfigProperty(name = "nova.communication.push.vapid.subject", defaultValue = "mailto:operators@nova.local")
    String vapidSubject;

    @Inject
    @ConfigProperty(name = "nova.communication.push.ttl", defaultValue = "PT24H")
    Duration ttl;

    @Inject
    @ConfigProperty(name = "nova.communication.push.allow-http", defaultValue = "false")
    boolean allowHttp;

    @Inject
    @ConfigProperty(name = "nova.communication.sms.provider", defaultValue = "logging")
    String smsProvider;

    private Optional<WebPushProvider> webPush = Optional.empty();
    private DeliveryProvider sms;

    @PostConstruct
    void create() {
        if (vapidPrivateKey.isPresent() && vapidPublicKey.isPresent()) {
            try {
                Vapid vapid = new Vapid(Base64.getUrlDecoder().decode(vapidPrivateKey.get().strip()),
                        Base64.getUrlDecoder().decode(vapidPublicKey.get().strip()), vapidSubject, Clock.systemUTC());
                webPush = Optional.of(new WebPushProvider(vapid, ttl, allowHttp));
            } catch (Exception e) { // never the key in the log
                LOG.warning("Web Push is off: NOVA_VAPID_PRIVATE_KEY / NOVA_VAPID_PUBLIC_KEY are not a P-256 key pair ("
                        + e.getClass().getSimpleName() + ")");
            }
        } else {
            LOG.warning("Web Push is off: NOVA_VAPID_PRIVATE_KEY and NOVA_VAPID_PUBLIC_KEY are not set");
        }
        if (!"logging".equals(smsProvider)) {
            throw new IllegalStateException("unknown SMS provider " + smsProvider + " (known: logging)");
        }
        sms = new LoggingSmsProvider();
    }

    public Optional<WebPushProvider> webPush() {
        return webPush;
    }

    public DeliveryProvider sms() {
        return sms;
    }

    boolean allowHttp() {
        return allowHttp;
    }
}
