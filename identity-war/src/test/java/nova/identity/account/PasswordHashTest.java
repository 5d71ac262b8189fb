package nova.identity.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void parsesEveryPartOfAPhcString() {
        PasswordHash hash = PasswordHash.parse(PasswordHasherTest.REFERENCE_PHC);

        assertEquals(new Argon2Cost(19456, 2, 1), hash.cost());
        assertArrayEquals("nova-test-salt16".getBytes(StandardCharsets.US_ASCII), hash.salt());
        assertEquals(32, hash.hash().length);
        assertEquals(PasswordHasherTest.REFERENCE_PHC, hash.toPhc(), "formats back to the same string");
    }

    @Test
    void parametersMayComeInAnyOrder() {
        PasswordHash hash = PasswordHash.parse("$argon2id$v=19$p=2,t=1,m=1024$c2FsdC1mcm9tLTIwMTkhIQ$"
                + "F4yDgR4CwQp/AKzH66UbRi5JSFloB2ONyWVAUPM/P58");
        assertEquals(new Argon2Cost(1024, 1, 2), hash.cost());
    }

    @Test
    void refusesWhatIsNotArgon2idVersion19WithMTAndP() {
        String salt = "$c2FsdHNhbHRzYWx0c2FsdA$" + "A".repeat(43);
        for (String bad : new String[] {
                "$argon2i$v=19$m=19456,t=2,p=1" + salt,
                "$argon2id$v=16$m=19456,t=2,p=1" + salt,
                "$argon2id$m=19456,t=2,p=1" + salt,
                "$argon2id$v=19$m=19456,t=2" + salt,
                "$argon2id$v=19$m=19456,t=2,p=1,p=1" + salt,
                "$argon2id$v=19$m=19456,t=2,p=1,x=1" + salt,
                "$argon2id$v=19$m=abc,t=2,p=1" + salt,
                "$argon2id$v=19$m=19456,t=2,p=1$!!!$" + "A".repeat(43),
                "$argon2id$v=19$m=19456,t=0,p=1" + salt,
                "argon2id$v=19$m=19456,t=2,p=1" + salt,
                ""}) {
            assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse(bad), bad);
        }
    }

    @Test
    void neverShowsTheHashInText() {
        String text = PasswordHash.parse(PasswordHasherTest.REFERENCE_PHC).toString();
        assertFalse(text.contains("6nM1HONFtMouagYCconE"), text);
    }
}
