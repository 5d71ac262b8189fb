package nova.identity.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.interfaces.RSAPublicKey;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys access tokens are signed with. The newest un-retired key signs; every un-retired key is
 * published. The first time a key is needed and none exists, one is generated and stored, its
 * private half encrypted under {@code nova.jwt.key.secret}. The signing key is re-read every few
 * minutes, so a key created or retired elsewhere is picked up.
 */
@ApplicationScoped
public class SigningKeys {

    static final String SECRET_PROPERTY = "nova.jwt.key.secret";
    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    private static final Duration RELOAD_AFTER = Duration.ofMinutes(5);

    @Inject
    SigningKeyStore store;

    @Inject
    @ConfigProperty(name = SECRET_PROPERTY)
    Optional<String> secret;

    private KeyEncryption encryption;
    private volatile Loaded loaded;

    private record Loaded(SigningKey key, Instant at) {
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!isSecretConfigured()) {
            LOG.severe(MissingKeySecret.EXPLANATION);
        }
    }

    public boolean isSecretConfigured() {
        return secret.filter(s -> !s.isBlank()).isPresent();
    }

    /** The key to sign with now. */
    public SigningKey current() throws SQLException {
        Loaded now = loaded;
        if (now != null && now.at().plus(RELOAD_AFTER).isAfter(Instant.now())) {
            return now.key();
        }
        synchronized (this) {
            now = loaded;
            if (now != null && now.at().plus(RELOAD_AFTER).isAfter(Instant.now())) {
                return now.key();
            }
            StoredKey newest = store.newest().orElse(null);
            if (newest == null) {
                KeyEncryption sealing = encryption();
                newest = store.newestOrCreate(() -> StoredKey.of(SigningKey.generate(), sealing));
            }
            SigningKey key;
            if (now != null && now.key().kid().equals(newest.kid())) {
                key = now.key();
            } else {
                key = newest.open(encryption());
                LOG.info("Signing access tokens with key " + key.kid());
            }
            loaded = new Loaded(key, Instant.now());
            return key;
        }
    }

    /** Every un-retired public key with its kid, newest first; creates the first key if there is none. */
    public List<Map.Entry<String, RSAPublicKey>> published() throws SQLException {
        List<StoredKey> keys = store.unretired();
        if (keys.isEmpty()) {
            current();
            keys = store.unretired();
        }
        return keys.stream()
                .<Map.Entry<String, RSAPublicKey>>map(k -> new SimpleImmutableEntry<>(k.kid(), k.publicKey()))
                .toList();
    }

    private synchronized KeyEncryption encryption() {
        if (encryption == null) {
            encryption = new KeyEncryption(secret.filter(s -> !s.isBlank()).orElseThrow(MissingKeySecret::new));
        }
        return encryption;
    }

    /** No {@code nova.jwt.key.secret}: no key can be created or opened, so no token can be issued. */
    public static class MissingKeySecret extends IllegalStateException {
        static final String EXPLANATION = "The MicroProfile Config property " + SECRET_PROPERTY + " is not set. "
                + "identity encrypts its token-signing keys with a key derived from it and cannot sign access tokens "
                + "without it. Supply it through the environment variable NOVA_JWT_KEY_SECRET (a long random string; "
                + "keep it stable: keys encrypted under one secret cannot be opened with another).";

        public MissingKeySecret() {
            super(EXPLANATION);
        }
    }
}
