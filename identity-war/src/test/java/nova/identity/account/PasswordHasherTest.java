package nova.identity.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Argon2id at the real cost is ~19 MiB and a noticeable fraction of a second per hash: few of them here. */
class PasswordHasherTest {

    /** Made by the reference implementation (phc-winner-argon2's {@code argon2} CLI) at today's cost. */
    static final String REFERENCE_PHC =
            "$argon2id$v=19$m=19456,t=2,p=1$bm92YS10ZXN0LXNhbHQxNg$6nM1HONFtMouagYCconE+dgRv43anhAqW4CMay2WSE4";
    static final String REFERENCE_PASSWORD = "correct horse battery staple";
    /** The reference implementation again, at a cheaper, older cost: m=1024, t=1, p=2. */
    static final String CHEAP_PHC =
            "$argon2id$v=19$m=1024,t=1,p=2$c2FsdC1mcm9tLTIwMTkhIQ$F4yDgR4CwQp/AKzH66UbRi5JSFloB2ONyWVAUPM/P58";
    static final String CHEAP_PASSWORD = "an older, cheaper hash";

    final PasswordHasher hasher = new PasswordHasher();

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        String phc = hasher.hash("tr0ub4dor & 3 more words");

        assertTrue(phc.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), phc);
        PasswordHash parsed = PasswordHash.parse(phc);
        assertEquals(16, parsed.salt().length);
        assertEquals(32, parsed.hash().length);
        assertTrue(hasher.verify("tr0ub4dor & 3 more words", phc));
        assertFalse(hasher.verify("tr0ub4dor & 3 more wordS", phc));
        assertFalse(hasher.needsRehash(phc));
    }

    @Test
    void agreesWithTheReferenceImplementation() {
        assertTrue(hasher.verify(REFERENCE_PASSWORD, REFERENCE_PHC));
    }

    @Test
    void verifiesWithTheParametersStoredInTheHashAndAsksForARehash() {
        assertTrue(hasher.verify(CHEAP_PASSWORD, CHEAP_PHC));
        assertFalse(hasher.verify("an older, cheaper hash!", CHEAP_PHC));
        assertTrue(hasher.needsRehash(CHEAP_PHC));
    }

    @Test
    void twoHashesOfOnePasswordDifferBySalt() {
        PasswordHasher cheap = new PasswordHasher(new Argon2Cost(64, 1, 1));
        assertNotEquals(cheap.hash("same password here"), cheap.hash("same password here"));
    }

    @Test
    void anUnreadableStoredHashNeverVerifiesAndIsRehashed() {
        assertFalse(hasher.verify("anything at all", "$2a$10$notargon2atall"));
        assertFalse(hasher.verify("anything at all", null));
        assertTrue(hasher.needsRehash("plain text"));
    }

    @Test
    void noPasswordIsTheEmptyOneAndNeverAnError() {
        Argon2Cost cheap = new Argon2Cost(1024, 1, 1);
        byte[] salt = "sixteen-byte-sal".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String empty = new PasswordHash(cheap, salt, hasher.derive("", cheap, salt, 32)).toPhc();
        assertTrue(hasher.verify(null, empty));
        assertFalse(hasher.verify(null, hasher.hash("tr0ub4dor & 3 more words")));
    }

    @Test
    void needsRehashWhenAnyParameterIsWeaker() {
        assertFalse(hasher.needsRehash(phc(19456, 2, 1)));
        assertTrue(hasher.needsRehash(phc(19455, 2, 1)), "less memory");
        assertTrue(hasher.needsRehash(phc(19456, 1, 1)), "fewer passes");
        assertTrue(hasher.needsRehash(phc(65536, 1, 1)), "more memory does not make up for fewer passes");
        assertFalse(hasher.needsRehash(phc(65536, 3, 2)), "stronger in every way");
        assertTrue(hasher.needsRehash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$" + "A".repeat(43)), "8-byte salt");
    }

    @Test
    void raisingTheCostAsksForARehashOfTodaysHashes() {
        PasswordHasher stronger = new PasswordHasher(new Argon2Cost(47_104, 1, 1));
        assertTrue(stronger.needsRehash(REFERENCE_PHC));
        assertTrue(new Argon2Cost(19_456, 2, 1).isWeakerThan(new Argon2Cost(19_456, 3, 1)));
        assertFalse(Argon2Cost.CURRENT.isWeakerThan(Argon2Cost.CURRENT));
    }

    static String phc(int m, int t, int p) {
        return "$argon2id$v=19$m=" + m + ",t=" + t + ",p=" + p + "$" + "c2FsdHNhbHRzYWx0c2FsdA" + "$" + "A".repeat(43);
    }
    @Test
    void aPasswordIsTheSameWhicheverFormItsCharactersAreTypedIn() {
        String composed = "Crème brûlée à l'été 42";                // é as one character
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        String fullWidth = "ｃｏｒｒｅｃｔ ｈｏｒｓｅ １２３";                // a phone keyboard's full-width letters
        assertNotEquals(composed, decomposed);

        String phc = hasher.hash(decomposed);
        assertTrue(hasher.verify(composed, phc));
        assertTrue(hasher.verify(decomposed, phc));
        assertFalse(hasher.verify("Creme brulee a l'ete 42", phc), "accents still count");
        assertTrue(hasher.verify("correct horse 123", hasher.hash(fullWidth)));
    }

    @Test
    void aHashMadeBeforePasswordsWereNormalizedStillVerifiesWhatWasTyped() {
        String typed = java.text.Normalizer.normalize("Crème brûlée à l'été 42", java.text.Normalizer.Form.NFD);
        Argon2Cost cheap = new Argon2Cost(1024, 1, 1);
        byte[] salt = "sixteen-byte-sal".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String legacy = new PasswordHash(cheap, salt, hasher.derive(typed, cheap, salt, 32)).toPhc();

        assertTrue(hasher.verify(typed, legacy));
        assertFalse(hasher.verify("Crème brûlée à l'été 43", legacy));
    }
}
