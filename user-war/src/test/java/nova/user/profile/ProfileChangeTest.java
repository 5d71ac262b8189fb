package nova.user.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nova.contracts.user.ProfileUpdate;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileChangeTest {

    static List<Problem.FieldError> errorsOf(ProfileUpdate update) {
        return assertThrows(Rejection.class, () -> ProfileChange.of(update)).errors();
    }

    static void assertOneError(ProfileUpdate update, String field, String messageStart) {
        List<Problem.FieldError> errors = errorsOf(update);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(field, errors.get(0).field());
        assertTrue(errors.get(0).message().startsWith(messageStart), errors.get(0).message());
    }

    @Test
    void noBodyAndAllNullChangeNothing() {
        assertSame(ProfileChange.NONE, ProfileChange.of(null));
        ProfileChange change = ProfileChange.of(new ProfileUpdate(null, null, null));
        assertTrue(change.isEmpty());
    }

    // display name

    @Test
    void displayNameIsStrippedOfSurroundingSpace() {
        assertEquals("Ada Lovelace", ProfileChange.of(new ProfileUpdate("  Ada Lovelace \t", null, null)).displayName());
    }

    @Test
    void displayNameMayHaveOneToFiftyCharacters() {
        assertEquals("A", ProfileChange.of(new ProfileUpdate("A", null, null)).displayName());
        String fifty = "x".repeat(50);
        assertEquals(fifty, ProfileChange.of(new ProfileUpdate(fifty, null, null)).displayName());
    }

    @Test
    void displayNameLengthCountsCharactersNotUtf16Units() {
        String fiftyEmoji = "\uD83D\uDE00".repeat(50); // 100 UTF-16 units, 50 characters
        assertEquals(fiftyEmoji, ProfileChange.of(new ProfileUpdate(fiftyEmoji, null, null)).displayName());
        assertOneError(new ProfileUpdate(fiftyEmoji + "!", null, null), "displayName", "must be at most 50");
    }

    @Test
    void displayNameOfFiftyOneCharactersIsRefused() {
        assertOneError(new ProfileUpdate("x".repeat(51), null, null), "displayName", "must be at most 50 characters");
    }

    @Test
    void fiftyCharactersWithSurroundingSpaceAreFine() {
        assertEquals("x".repeat(50), ProfileChange.of(new ProfileUpdate("  " + "x".repeat(50) + "  ", null, null))
                .displayName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   \t\n ", "\u2003"})
    void displayNameCannotBeBlank(String blank) {
        assertOneError(new ProfileUpdate(blank, null, null), "displayName", "must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada\nLovelace", "Ada\u0000", "A\u0007da"})
    void displayNameCannotHoldControlCharacters(String name) {
        assertOneError(new ProfileUpdate(name, null, null), "displayName", "must not contain control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada\u202Eecalevol", "Ad\u200Ba", "\uFEFFAda", "Ada\u2066x"})
    void displayNameCannotHoldInvisibleFormattingCharacters(String name) {
        assertOneError(new ProfileUpdate(name, null, null), "displayName", "must not contain invisible formatting characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada Lovelace", "Zoë", "李小龍", "Ada 👩‍💻"})
    void ordinaryNamesInAnyScriptAreFine(String name) {
        assertTrue(ProfileChange.of(new ProfileUpdate(name, null, null)).displayName() != null);
    }

    // bio

    @Test
    void bioMayHaveUpToFiveHundredCharacters() {
        String bio = "b".repeat(500);
        assertEquals(bio, ProfileChange.of(new ProfileUpdate(null, bio, null)).bio());
    }

    @Test
    void bioOfFiveHundredAndOneCharactersIsRefused() {
        assertOneError(new ProfileUpdate(null, "b".repeat(501), null), "bio", "must be at most 500 characters");
    }

    @Test
    void bioKeepsLineBreaksAndTabsInside() {
        assertEquals("line one\nline two\tend",
                ProfileChange.of(new ProfileUpdate(null, "  line one\nline two\tend\n", null)).bio());
    }

    @Test
    void bioRefusesOtherControlCharacters() {
        assertOneError(new ProfileUpdate(null, "nul\u0000inside", null), "bio", "must not contain control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void anEmptyBioClearsIt(String empty) {
        ProfileChange change = ProfileChange.of(new ProfileUpdate(null, empty, null));
        assertEquals("", change.bio());
        assertTrue(!change.isEmpty());
    }

    // locale

    @ParameterizedTest
    @CsvSource({"en, en", "pt-BR, pt-BR", "pt-br, pt-BR", "EN-gb, en-GB", "zh-Hant-TW, zh-Hant-TW", "de-CH-1996, de-CH-1996",
            "es-419, es-419", "fil, fil", "' en ', en"})
    void localeIsAWellFormedLanguageTagInCanonicalForm(String tag, String canonical) {
        assertEquals(canonical, ProfileChange.of(new ProfileUpdate(null, null, tag)).locale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en_US", "english", "e", "123", "en-", "-en", "en--US", "x-private", "und", "i-klingon",
            "en US", "pt-BR-", "en-US-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void aTagThatIsNotWellFormedIsRefused(String tag) {
        assertOneError(new ProfileUpdate(null, null, tag), "locale", "must be a BCP 47 language tag");
    }

    @Test
    void anEmptyLocaleClearsIt() {
        assertEquals("", ProfileChange.of(new ProfileUpdate(null, null, " ")).locale());
    }

    // together

    @Test
    void everyValidFieldAtOnce() {
        ProfileChange change = ProfileChange.of(new ProfileUpdate(" Ada ", "Analyst.", "en-gb"));
        assertEquals(new ProfileChange("Ada", "Analyst.", "en-GB"), change);
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        List<Problem.FieldError> errors = errorsOf(new ProfileUpdate(" ", "b".repeat(501), "klingon_KL"));
        assertEquals(List.of("displayName", "bio", "locale"), errors.stream().map(Problem.FieldError::field).toList());
    }

    @Test
    void oneInvalidFieldRefusesTheWholeChange() {
        List<Problem.FieldError> errors = errorsOf(new ProfileUpdate("Fine Name", null, "not a tag"));
        assertEquals(1, errors.size());
        assertEquals("locale", errors.get(0).field());
    }

    @Test
    void absentFieldsStayAbsent() {
        ProfileChange change = ProfileChange.of(new ProfileUpdate(null, "only the bio", null));
        assertNull(change.displayName());
        assertNull(change.locale());
        assertEquals("only the bio", change.bio());
    }
}
