package nova.identity.token;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.platform.persistence.ContextDatabase;
import nova.platform.persistence.DatabaseTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys access tokens are signed with, and their rotation (the arithmetic is {@link KeyRing}'s).
 * The newest un-retired key signs; the JWKS serves it and each older key until every token that key
 * signed has expired. The first time a key is needed and none exists, one is generated and stored, its
 * private half encrypted under {@code nova.jwt.key.secret}.
 * <p>
 * A new key signs at once: every verifier is Liberty's mpJwt, which fetches the JWKS again when a
 * token names a kid it has not cached, so it needs no advance notice. (A verifier that only refreshes
 * on a timer would need the next key published ahead of use.)
 * <p>
 * Every few seconds, on a managed scheduled thread, this server re-reads the keys (so a rotation by
 * another replica is seen), marks retired the keys whose last tokens have expired, and rotates when
 * the signing key is older than {@code nova.jwt.key.max-age}. Issuing a token reads only the cached key.
 */
@ApplicationScoped
public class SigningKeys {

    static final String SECRET_PROPERTY = "nova.jwt.key.secret";
    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    /** How often the keys are re-read, retirements made and the signing key's age checked. */
    private static final Duration UPKEEP_EVERY = Duration.ofSeconds(5);
    /** A cached key older than this (the upkeep is not running) is re-read before it signs. */
    private static final Duration STALE_AFTER = Duration.ofSeconds(30);

    @Inject
    SigningKeyRepository store;

    @Inject
    ContextDatabase database;

    @Inject
    @ConfigProperty(name = SECRET_PROPERTY)
    Optional<String> secret;

    /** How long a key signs before it is replaced on its own (ISO-8601, e.g. {@code P30D}). */
    @Inject
    @ConfigProperty(name = "nova.jwt.key.max-age", defaultValue = "P30D")
    Duration maxAge;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private KeyEncryption encryption;
    private volatile Loaded loaded;
    private ScheduledFuture<?> upkeep;
    private boolean upkeepFailing;

    private record Loaded(SigningKey key, Instant at) {
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!isSecretConfigured()) {
            LOG.severe(MissingKeySecret.EXPLANATION);
            return;
        }
        if (maxAge.compareTo(KeyRing.OVERLAP) < 0) {
            LOG.warning(() -> "nova.jwt.key.max-age " + maxAge + " is shorter than the " + KeyRing.OVERLAP
                    + " a replaced key stays published; using " + KeyRing.OVERLAP);
        }
        long every = UPKEEP_EVERY.toMillis();
        upkeep = scheduler.scheduleWithFixedDelay(this::upkeep, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (upkeep != null) {
            upkeep.cancel(false);
        }
    }

    public boolean isSecretConfigured() {
        return secret.filter(s -> !s.isBlank()).isPresent();
    }

    /** The key to sign with now: the cached one, re-read only if the upkeep has not refreshed it lately. */
    public SigningKey current() {
        Loaded now = loaded;
        if (now != null && now.at().plus(STALE_AFTER).isAfter(Instant.now())) {
            return now.key();
        }
        synchronized (this) {
            now = loaded;
            if (now != null && now.at().plus(STALE_AFTER).isAfter(Instant.now())) {
                return now.key();
            }
            return refresh();
        }
    }

    /** The keys the JWKS serves now, with their kids, newest first; creates the first key if there is none. */
    public List<Map.Entry<String, RSAPublicKey>> published() {
        KeyRing ring = store.unretired();
        if (ring.signing().isEmpty()) {
            current();
            ring = store.unretired();
        }
        return ring.published(Instant.now()).stream()
                .<Map.Entry<String, RSAPublicKey>>map(k -> new SimpleImmutableEntry<>(k.kid(), k.publicKey()))
                .toList();
    }

    /** Every key, retired ones too, newest first, as an operator sees it. */
    public List<SigningKeyStatus> statuses() {
        return store.all().statuses(Instant.now());
    }

    public Optional<SigningKeyStatus> status(String kid) {
        return statuses().stream().filter(key -> key.kid().equals(kid)).findFirst();
    }

    /**
     * A new key signs from now on, on this server at once and on the other replicas within seconds; the
     * key it replaces stays published for {@link KeyRing#OVERLAP}.
     */
    public KeyRotation rotate() {
        synchronized (this) {
            KeyRotation rotation = rotateIf(any -> true).orElseThrow();
            LOG.info(() -> "Signing key rotated by an operator: " + describe(rotation));
            return rotation;
        }
    }

    /**
     * Generates and stores a key if {@code wanted} holds under the creation lock, and signs with it.
     * Holds the monitor, so the upkeep cannot put back the key it replaces.
     */
    private Optional<KeyRotation> rotateIf(Predicate<KeyRing> wanted) {
        SigningKey next = SigningKey.generate();
        Optional<KeyRing> rotated = store.rotate(StoredKey.of(next, encryption()), wanted);
        if (rotated.isEmpty()) {
            return Optional.empty();
        }
        KeyRing ring = rotated.get();
        adopt(ring.signing().orElseThrow());
        Optional<StoredKey> previous = ring.predecessorOf(next.kid());
        return Optional.of(new KeyRotation(next.kid(), previous.map(StoredKey::kid).orElse(null),
                previous.flatMap(ring::retiresAt).orElse(null)));
    }

    /** Re-reads the keys and signs with the newest from now on; creates the first. Holds the monitor. */
    private SigningKey refresh() {
        StoredKey newest = store.unretired().signing().orElse(null);
        if (newest == null) {
            KeyEncryption sealing = encryption();
            newest = store.newestOrCreate(() -> StoredKey.of(SigningKey.generate(), sealing));
        }
        return adopt(newest);
    }

    /**
     * Makes {@code newest} the cached signing key, opening it unless it is cached already (cheap for a key
     * this process sealed: its encryption key is derived once per process).
     */
    private SigningKey adopt(StoredKey newest) {
        Loaded now = loaded;
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

    /**
     * The scheduled work: marks retired the keys whose last tokens have expired, rotates a key that has
     * signed for {@code nova.jwt.key.max-age}, and re-reads the signing key. Never throws, or the
     * executor would stop running it.
     */
    void upkeep() {
        try {
            if (!database.tryMigrate()) {
                return;
            }
            synchronized (this) {
                KeyRing ring = store.unretired();
                List<String> due = ring.dueForRetirement(Instant.now()).stream().map(StoredKey::kid).toList();
                if (store.retire(due, DatabaseTime.now()) > 0) {
                    LOG.info(() -> "Retired signing key(s) " + due + ": every token they signed has expired");
                }
                Duration age = maxAge.compareTo(KeyRing.OVERLAP) < 0 ? KeyRing.OVERLAP : maxAge;
                if (ring.needsRotation(Instant.now(), age)) {
                    // another replica may have rotated meanwhile: then its key is young and this one is dropped
                    Optional<KeyRotation> rotation = rotateIf(latest -> latest.needsRotation(Instant.now(), age));
                    rotation.ifPresent(r -> LOG.info(() -> "Signing key rotated after " + age + ": " + describe(r)));
                    ring = store.unretired();
                }
                if (ring.signing().isPresent()) {
                    adopt(ring.signing().get());
                } else {
                    refresh();
                }
            }
            if (upkeepFailing) {
                upkeepFailing = false;
                LOG.info("Signing-key upkeep works again");
            }
        } catch (MissingKeySecret | KeyEncryption.KeySecretMismatch e) {
            report(e.getMessage(), null);
        } catch (Exception e) {
            report("Signing-key upkeep failed (it runs again in " + UPKEEP_EVERY.toSeconds() + " s): " + e, e);
        }
    }

    /** The first failure of a streak is a warning; repeats every few seconds would drown the log. */
    private void report(String message, Throwable cause) {
        Level level = upkeepFailing ? Level.FINE : Level.WARNING;
        upkeepFailing = true;
        LOG.log(level, message, cause);
    }

    private static String describe(KeyRotation rotation) {
        return "key " + rotation.kid() + " signs" + (rotation.previousKid() == null ? ""
                : "; " + rotation.previousKid() + " stays published until " + rotation.previousRetiresAt());
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
