package nova.identity.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nova.contracts.identity.Registration;
import nova.platform.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationRulesTest {

    static final String GOOD_PASSWORD = "plum-Kettle-47-orbit";

    final RegistrationRules rules = new RegistrationRules();

    Map<String, String> errors(String email, String username, String password) {
        return rules.check(new Registration(email, username, password)).stream()
                .collect(Collectors.toMap(FieldError::field, FieldError::message));
    }

    @Test
    void aGoodRegistrationPasses() {
        assertEquals(Map.of(), errors("ada@example.com", "ada_lovelace", GOOD_PASSWORD));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnceInFieldOrder() {
        List<FieldError> errors = rules.check(new Registration("not-an-email", "9lives", "short"));

        assertEquals(List.of("email", "username", "password"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void aMissingBodyOrFieldIsRequired() {
        assertEquals(Map.of("email", "is required", "username", "is required", "password", "is required"),
                rules.check(null).stream().collect(Collectors.toMap(FieldError::field, FieldError::message)));
        assertEquals(Map.of("email", "is required"), errors("  ", "ada", GOOD_PASSWORD));
    }

    // email

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.com", "Ada.Lovelace+nova@mail.example.co.uk", "o'brien@example.ie",
            "x@sub-domain.example.museum", "ada@xn--bcher-kva.example", "  ada@example.com  "})
    void acceptsPracticalEmailAddresses(String email) {
        assertEquals(Map.of(), errors(email, "ada", GOOD_PASSWORD), email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "ada@", "@example.com", "ada@example", "ada@@example.com", "ada@exa mple.com",
            "ada..lovelace@example.com", ".ada@example.com", "ada.@example.com", "ada@-example.com",
            "ada@example-.com", "ada@example.c", "ada@example.123", "ada@[127.0.0.1]", "\"ada\"@example.com",
            "adä@example.com", "ada@example..com"})
    void refusesWhatIsNotAnEmailAddress(String email) {
        assertEquals("must be an email address such as name@example.com", errors(email, "ada", GOOD_PASSWORD).get("email"),
                email);
    }

    @Test
    void emailIsAtMost254CharactersAndItsLocalPartAtMost64() {
        String domain = "@" + "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + ".example.com";
        String longest = "a".repeat(254 - domain.length()) + domain;
        assertEquals(254, longest.length());
        assertEquals(Map.of(), errors(longest, "ada", GOOD_PASSWORD));
        assertEquals("must be at most 254 characters", errors("a" + longest, "ada", GOOD_PASSWORD).get("email"));
        assertEquals(Map.of(), errors("a".repeat(64) + "@example.com", "ada", GOOD_PASSWORD));
        assertTrue(errors("a".repeat(65) + "@example.com", "ada", GOOD_PASSWORD).containsKey("email"));
    }

    @Test
    void emailUniquenessIgnoresCase() {
        assertEquals(EmailAddress.canonical("Ada@Example.COM"), EmailAddress.canonical(" ada@example.com"));
    }

    // username

    @Test
    void usernameIs3To30Characters() {
        assertEquals("must be 3 to 30 characters", errors("ada@example.com", "ad", GOOD_PASSWORD).get("username"));
        assertEquals("must be 3 to 30 characters",
                errors("ada@example.com", "a".repeat(31), GOOD_PASSWORD).get("username"));
        assertEquals(Map.of(), errors("ada@example.com", "abc", GOOD_PASSWORD));
        assertEquals(Map.of(), errors("ada@example.com", "a".repeat(30), "Zq8-" + GOOD_PASSWORD));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1ada", "_ada", "ada-l", "ada.l", "ada l", "adä", "ada@x"})
    void usernameIsLettersDigitsUnderscoresStartingWithALetter(String username) {
        assertEquals("may contain only letters, digits and underscores, and must start with a letter",
                errors("x@example.com", username, GOOD_PASSWORD).get("username"), username);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada_99", "ADA", "a_1"})
    void usernameKeepsItsCase(String username) {
        assertEquals(Map.of(), errors("x@example.com", username, GOOD_PASSWORD), username);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "Admin", "ROOT", "Support", "nova", "logout", "Undefined"})
    void reservedNamesAreRefusedInAnyCase(String username) {
        assertEquals("is reserved", errors("x@example.com", username, GOOD_PASSWORD).get("username"), username);
    }

    @Test
    void aNameThatOnlyContainsAReservedOneIsFine() {
        assertEquals(Map.of(), errors("x@example.com", "admiral", GOOD_PASSWORD));
    }

    // password

    @Test
    void passwordIs12To128Characters() {
        assertEquals("must be 12 to 128 characters",
                errors("ada@example.com", "ada", "Zq8-plum-ke").get("password"), "11 characters");
        assertEquals(Map.of(), errors("ada@example.com", "ada", "Zq8-plum-ket1"));
        assertEquals(Map.of(), errors("ada@example.com", "ada", "Zq8-plum-ket"), "exactly 12");
        assertEquals(Map.of(), errors("ada@example.com", "ada", "Zq8-" + "x".repeat(124)), "exactly 128");
        assertEquals("must be 12 to 128 characters",
                errors("ada@example.com", "ada", "Zq8-" + "x".repeat(125)).get("password"), "129");
    }

    @Test
    void passwordLengthCountsCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDD12"; // one character, two UTF-16 units
        assertEquals("must be 12 to 128 characters",
                errors("ada@example.com", "ada", emoji.repeat(11)).get("password"));
        assertEquals(Map.of(), errors("ada@example.com", "ada", emoji.repeat(12)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwertyqwerty", "QWERTYQWERTY", "1qaz2wsx3edc", "123456789012", "Leavemealone"})
    void commonPasswordsAreRefusedInAnyCase(String password) {
        assertEquals("is too common: it appears in lists of breached passwords",
                errors("x@example.com", "ada", password).get("password"), password);
    }

    @Test
    void passwordsAreJudgedAsTheyAreHashedInNormalForm() {
        // full-width letters and digits, as some phone keyboards type them, are the common password itself
        assertEquals("is too common: it appears in lists of breached passwords",
                errors("x@example.com", "ada", "ｑｗｅｒｔｙｑｗｅｒｔｙ").get("password"));
        assertEquals("must not contain your username",
                errors("x@example.com", "lovelace", "ｌｏｖｅｌａｃｅ-1815-orbit").get("password"));
    }

    @Test
    void passwordMustNotContainTheUsername() {
        assertEquals("must not contain your username",
                errors("x@example.com", "Lovelace", "my-LOVELACE-2024!").get("password"));
        assertEquals("must not contain your username",
                errors("x@example.com", "lovelace_ada", "lovelace_ada").get("password"), "equal to it");
        assertEquals(Map.of(), errors("x@example.com", "lovelace", "my-love-lace-2024!"));
    }

    @Test
    void passwordMustNotContainTheEmailsLocalPart() {
        assertEquals("must not contain your email address",
                errors("countess.ada@example.com", "lovelace", "Countess.Ada.1815").get("password"));
        assertEquals(Map.of(), errors("ab@example.com", "ada", "ab-cd-ef-gh-ij"), "two-letter local parts are not checked");
    }

    @Test
    void aNewPasswordOfAChangeOrResetFollowsTheSameRules() {
        assertEquals(java.util.Optional.empty(), rules.problemWithPassword(GOOD_PASSWORD, "ada", "ada@example.com"));
        assertEquals(java.util.Optional.of("is required"), rules.problemWithPassword(null, "ada", "ada@example.com"));
        assertEquals(java.util.Optional.of("must be 12 to 128 characters"),
                rules.problemWithPassword("short", "ada", "ada@example.com"));
        assertEquals(java.util.Optional.of("must not contain your username"),
                rules.problemWithPassword("lovelace-1815-orbit", "Lovelace", "x@example.com"));
        assertEquals(java.util.Optional.of("is too common: it appears in lists of breached passwords"),
                rules.problemWithPassword("qwertyqwerty", "ada", "ada@example.com"));
    }

    @Test
    void theBundledCommonPasswordListIsLoadedWhole() {
        WordList common = WordList.bundled("common-passwords.txt");
        assertTrue(common.size() > 30_000, "size " + common.size());
        assertTrue(common.contains("password"));
        assertTrue(!common.contains("# common passwords"), "the header is not an entry");
    }
}
