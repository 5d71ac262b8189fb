package nova.identity.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    static final Duration MONTH = Duration.ofDays(30);

    static StoredKey key(String kid, Instant createdAt) {
        return key(kid, createdAt, null);
    }

    static StoredKey key(String kid, Instant createdAt, Instant retiredAt) {
        return new StoredKey(kid, new byte[0], new byte[0], createdAt, retiredAt);
    }

    static List<String> kids(List<StoredKey> keys) {
        return keys.stream().map(StoredKey::kid).toList();
    }

    static KeyRing ring(StoredKey... keys) {
        // the order given must not matter: the ring sorts newest first
        List<StoredKey> shuffled = new ArrayList<>(Arrays.asList(keys));
        java.util.Collections.reverse(shuffled);
        return new KeyRing(shuffled);
    }

    @Test
    void theOverlapCoversATokensLifetimeTheVerifiersSkewAndAMargin() {
        assertEquals(Duration.ofMinutes(20), KeyRing.OVERLAP);
        assertTrue(KeyRing.OVERLAP.compareTo(AccessToken.LIFETIME.plus(KeyRing.CLOCK_SKEW)) > 0);
    }

    @Test
    void withNoKeysNothingSignsNothingIsPublishedAndNothingRotates() {
        KeyRing empty = new KeyRing(List.of());

        assertEquals(Optional.empty(), empty.signing());
        assertEquals(List.of(), empty.published(T0));
        assertEquals(List.of(), empty.dueForRetirement(T0));
        assertFalse(empty.needsRotation(T0, MONTH), "the first key is created on first need, not rotated in");
    }

    @Test
    void aSingleKeySignsIsPublishedAndNeverRetiresOnItsOwn() {
        StoredKey only = key("a", T0);
        KeyRing ring = ring(only);

        assertEquals("a", ring.signing().orElseThrow().kid());
        assertEquals(Optional.empty(), ring.retiresAt(only));
        Instant muchLater = T0.plus(Duration.ofDays(365));
        assertEquals(List.of("a"), kids(ring.published(muchLater)));
        assertEquals(List.of(), ring.dueForRetirement(muchLater));
    }

    @Test
    void afterARotationTheNewKeySignsAndBothArePublishedUntilTheOldOnesTokensHaveExpired() {
        Instant rotatedAt = T0.plus(Duration.ofDays(3));
        StoredKey old = key("old", T0);
        StoredKey fresh = key("new", rotatedAt);
        KeyRing ring = ring(old, fresh);

        assertEquals("new", ring.signing().orElseThrow().kid());
        assertEquals(Optional.of(rotatedAt.plus(KeyRing.OVERLAP)), ring.retiresAt(old));
        assertEquals(Optional.empty(), ring.retiresAt(fresh));
        assertEquals(Optional.of(old), ring.predecessorOf("new"));
        assertEquals(Optional.empty(), ring.predecessorOf("old"));

        // a token the old key signed just before the rotation is valid 15 min, accepted 60 s beyond
        Instant lastOldTokenStillAccepted = rotatedAt.plus(AccessToken.LIFETIME).plus(KeyRing.CLOCK_SKEW);
        assertEquals(List.of("new", "old"), kids(ring.published(rotatedAt)));
        assertEquals(List.of("new", "old"), kids(ring.published(lastOldTokenStillAccepted)));
        assertEquals(List.of(), ring.dueForRetirement(lastOldTokenStillAccepted));

        Instant overlapEnds = rotatedAt.plus(KeyRing.OVERLAP);
        assertEquals(List.of("new", "old"), kids(ring.published(overlapEnds.minusMillis(1))));
        assertEquals(List.of("new"), kids(ring.published(overlapEnds)));
        assertEquals(List.of("old"), kids(ring.dueForRetirement(overlapEnds)));
    }

    @Test
    void aRetiredKeyIsNeitherSigningNorPublishedNorDueAgain() {
        Instant rotatedAt = T0.plus(Duration.ofDays(30));
        StoredKey old = key("old", T0, rotatedAt.plus(KeyRing.OVERLAP).plusSeconds(3));
        KeyRing ring = ring(old, key("new", rotatedAt));

        Instant later = rotatedAt.plus(Duration.ofHours(1));
        assertEquals(List.of("new"), kids(ring.published(later)));
        assertEquals(List.of(), ring.dueForRetirement(later));
        assertEquals(Optional.empty(), ring.retiresAt(old));
    }

    @Test
    void twoRotationsInQuickSuccessionKeepEveryKeyWhoseTokensMayStillBeValid() {
        Instant first = T0.plus(Duration.ofDays(1));
        Instant second = first.plus(Duration.ofMinutes(5));
        StoredKey a = key("a", T0);
        StoredKey b = key("b", first);
        StoredKey c = key("c", second);
        KeyRing ring = ring(a, b, c);

        assertEquals("c", ring.signing().orElseThrow().kid());
        // each key retires OVERLAP after the key that replaced it was created
        assertEquals(Optional.of(first.plus(KeyRing.OVERLAP)), ring.retiresAt(a));
        assertEquals(Optional.of(second.plus(KeyRing.OVERLAP)), ring.retiresAt(b));
        assertEquals(List.of("c", "b", "a"), kids(ring.published(second)));
        assertEquals(List.of("c", "b"), kids(ring.published(first.plus(KeyRing.OVERLAP))));
        assertEquals(List.of("a"), kids(ring.dueForRetirement(first.plus(KeyRing.OVERLAP))));
        assertEquals(List.of("b", "a"), kids(ring.dueForRetirement(second.plus(KeyRing.OVERLAP))));
        assertEquals(List.of("c"), kids(ring.published(second.plus(KeyRing.OVERLAP))));
    }

    @Test
    void whenTheSigningKeyIsRetiredByHandTheNextOlderOneSignsAndStaysPublished() {
        // an operator sets retired_at on the newest key (say its secret is lost): the key before it signs again
        Instant rotatedAt = T0.plus(Duration.ofDays(1));
        StoredKey older = key("older", T0);
        KeyRing ring = ring(older, key("newest", rotatedAt, rotatedAt.plusSeconds(60)));

        assertEquals("older", ring.signing().orElseThrow().kid());
        assertEquals(Optional.empty(), ring.retiresAt(older), "a retired successor does not retire it");
        assertEquals(List.of("older"), kids(ring.published(rotatedAt.plus(Duration.ofDays(1)))));
        assertEquals(List.of(), ring.dueForRetirement(rotatedAt.plus(Duration.ofDays(1))));
    }

    @Test
    void theSigningKeyIsRotatedOnceItHasSignedForTheMaximumAge() {
        KeyRing ring = ring(key("old", T0.minus(Duration.ofDays(40))), key("current", T0));

        assertFalse(ring.needsRotation(T0.plus(MONTH).minusSeconds(1), MONTH));
        assertTrue(ring.needsRotation(T0.plus(MONTH), MONTH));
        assertTrue(ring.needsRotation(T0.plus(Duration.ofDays(90)), MONTH));
    }

    @Test
    void aRotationByAnotherReplicaMakesTheCheckUnderTheLockFail() {
        // two replicas find the key too old; the second, holding the lock after the first's insert, sees a young key
        Instant now = T0.plus(MONTH).plusSeconds(10);
        KeyRing before = ring(key("current", T0));
        KeyRing afterTheFirstReplicaRotated = ring(key("current", T0), key("replica-1", now.minusSeconds(1)));

        assertTrue(before.needsRotation(now, MONTH));
        assertFalse(afterTheFirstReplicaRotated.needsRotation(now, MONTH));
    }

    @Test
    void keysCreatedInTheSameInstantAreOrderedByKidAsTheStoreOrdersThem() {
        KeyRing ring = ring(key("b", T0), key("a", T0));

        assertEquals("a", ring.signing().orElseThrow().kid());
        assertEquals(List.of("a", "b"), kids(ring.keys()));
    }

    @Test
    void anOperatorSeesEachKeysStateAndNoKeyMaterial() {
        Instant first = T0.plus(Duration.ofDays(30));
        Instant second = first.plus(Duration.ofDays(30));
        Instant retired = first.plus(KeyRing.OVERLAP).plusSeconds(4);
        KeyRing ring = ring(key("a", T0, retired), key("b", first), key("c", second));
        Instant now = second.plus(Duration.ofMinutes(1));

        List<SigningKeyStatus> statuses = ring.statuses(now);

        assertEquals(List.of(
                new SigningKeyStatus("c", second, true, true, null, null),
                new SigningKeyStatus("b", first, false, true, second.plus(KeyRing.OVERLAP), null),
                new SigningKeyStatus("a", T0, false, false, null, retired)), statuses);
        assertEquals(Optional.of("b"), ring.find("b").map(StoredKey::kid));
    }

    @Test
    void aKeyDueButNotYetMarkedIsNoLongerPublishedAndShownSo() {
        // between its retirement time and the upkeep that marks it, the JWKS already leaves it out
        Instant rotatedAt = T0.plus(Duration.ofDays(1));
        KeyRing ring = ring(key("old", T0), key("new", rotatedAt));
        Instant now = rotatedAt.plus(KeyRing.OVERLAP).plusSeconds(2);

        SigningKeyStatus old = ring.statuses(now).get(1);
        assertEquals("old", old.kid());
        assertFalse(old.published());
        assertEquals(rotatedAt.plus(KeyRing.OVERLAP), old.retiresAt());
    }
}
