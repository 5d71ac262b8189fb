package nova.identity.token;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signing keys and what their creation times decide: which key signs, which are published, when
 * each older key retires, and whether the signing key is due to be replaced. Pure arithmetic over the
 * rows of {@code signing_keys}, so every replica that reads the same rows reaches the same answers.
 * <p>
 * The newest un-retired key signs. A key stops signing when a newer one is created; the tokens it
 * signed last are valid {@link AccessToken#LIFETIME} plus the {@link #CLOCK_SKEW} verifiers allow, so
 * it stays published for {@link #OVERLAP} after its successor's creation and then retires. Retired
 * keys (whose {@code retired_at} is set) take no part: if an operator retires the signing key by
 * hand, the next older un-retired one signs again and keeps its place until a newer one comes.
 */
public record KeyRing(List<StoredKey> keys) {

    /** The clock skew every verifier allows (mpJwt {@code clockSkew} in liberty-config nova-context.xml). */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    /**
     * Beyond lifetime and skew: other identity replicas go on signing with the previous key until they
     * next read the table (seconds), and their clocks and the database's may differ a little.
     */
    static final Duration MARGIN = Duration.ofMinutes(4);

    /** How long a key stays published after its successor is created: 15 + 1 + 4 = 20 minutes. */
    public static final Duration OVERLAP = AccessToken.LIFETIME.plus(CLOCK_SKEW).plus(MARGIN);

    /** Newest first; ties (the same creation instant) broken by kid, as the store orders them. */
    private static final Comparator<StoredKey> NEWEST_FIRST = Comparator.comparing(StoredKey::createdAt).reversed()
            .thenComparing(StoredKey::kid);

    public KeyRing {
        keys = keys.stream().sorted(NEWEST_FIRST).toList();
    }

    /** The key that signs: the newest un-retired one (none before the first key is created). */
    public Optional<StoredKey> signing() {
        return unretired().stream().findFirst();
    }

    /**
     * When an un-retired key leaves the JWKS: {@link #OVERLAP} after the next newer un-retired key was
     * created. Empty for the signing key (it retires only after a rotation) and for retired keys.
     */
    public Optional<Instant> retiresAt(StoredKey key) {
        if (key.retiredAt() != null) {
            return Optional.empty();
        }
        StoredKey successor = null;
        for (StoredKey candidate : unretired()) {
            if (candidate.kid().equals(key.kid())) {
                return Optional.ofNullable(successor).map(newer -> newer.createdAt().plus(OVERLAP));
            }
            successor = candidate;
        }
        return Optional.empty();
    }

    /** The keys the JWKS serves at {@code now}: the signing key and each older one not yet due to retire. */
    public List<StoredKey> published(Instant now) {
        return unretired().stream()
                .filter(key -> retiresAt(key).map(now::isBefore).orElse(true))
                .toList();
    }

    /** Un-retired keys whose last tokens have expired by {@code now}: to be marked retired. */
    public List<StoredKey> dueForRetirement(Instant now) {
        return unretired().stream()
                .filter(key -> retiresAt(key).map(at -> !now.isBefore(at)).orElse(false))
                .toList();
    }

    /** Whether the signing key has signed for {@code maxAge} by {@code now} (false while there is none). */
    public boolean needsRotation(Instant now, Duration maxAge) {
        return signing().map(key -> !now.isBefore(key.createdAt().plus(maxAge))).orElse(false);
    }

    /**
     * The un-retired key that signed before {@code kid} did: the next older one, which a rotation to
     * {@code kid} leaves published for {@link #OVERLAP}.
     */
    public Optional<StoredKey> predecessorOf(String kid) {
        List<StoredKey> live = unretired();
        for (int i = 0; i < live.size() - 1; i++) {
            if (live.get(i).kid().equals(kid)) {
                return Optional.of(live.get(i + 1));
            }
        }
        return Optional.empty();
    }

    public Optional<StoredKey> find(String kid) {
        return keys.stream().filter(key -> key.kid().equals(kid)).findFirst();
    }

    /** Every key as an operator sees it at {@code now}, newest first; no key material. */
    public List<SigningKeyStatus> statuses(Instant now) {
        String signing = signing().map(StoredKey::kid).orElse(null);
        Set<String> published = published(now).stream().map(StoredKey::kid).collect(Collectors.toSet());
        List<SigningKeyStatus> statuses = new ArrayList<>(keys.size());
        for (StoredKey key : keys) {
            statuses.add(new SigningKeyStatus(key.kid(), key.createdAt(), key.kid().equals(signing),
                    published.contains(key.kid()), retiresAt(key).orElse(null), key.retiredAt()));
        }
        return statuses;
    }

    private List<StoredKey> unretired() {
        return keys.stream().filter(key -> key.retiredAt() == null).toList();
    }
}
