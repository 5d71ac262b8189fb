package nova.user.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nova.contracts.user.ProfileLink;
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

    // media ids and links

    @Test
    void mediaIdsAreUuidsInLowerCaseOrEmptyToRemove() {
        String id = "0B7C6A52-3F1E-4D2A-9C8B-7A6F5E4D3C2B";
        ProfileChange change = ProfileChange.of(new ProfileUpdate(null, null, null, " " + id + " ", "", null));
        assertEquals(id.toLowerCase(), change.avatarMediaId());
        assertEquals("", change.headerMediaId(), "empty removes the header");
        assertNull(change.links(), "links left out stay as they are");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "1-2-3-4-5", "0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2", "javascript:alert(1)"})
    void aMediaIdMustBeAUuid(String id) {
        List<Problem.FieldError> errors = errorsOf(new ProfileUpdate(null, null, null, id, id, null));
        assertEquals(List.of("avatarMediaId", "headerMediaId"), errors.stream().map(Problem.FieldError::field).toList());
        assertTrue(errors.get(0).message().startsWith("must be a media id"), errors.get(0).message());
    }

    @Test
    void linksAreStrippedAndKeptInOrder() {
        ProfileChange change = ProfileChange.of(new ProfileUpdate(null, null, null, null, null, List.of(
                new ProfileLink(" Blog ", " https://ada.example/blog "), new ProfileLink("Old site", "HTTP://ada.example"))));
        assertEquals(List.of(new ProfileLink("Blog", "https://ada.example/blog"),
                new ProfileLink("Old site", "HTTP://ada.example")), change.links());
        assertTrue(ProfileChange.of(new ProfileUpdate(null, null, null, null, null, List.of())).links().isEmpty(),
                "an empty list removes them all");
    }

    @Test
    void atMostFourLinks() {
        ProfileLink link = new ProfileLink("Blog", "https://ada.example");
        assertEquals(4, ProfileChange.of(new ProfileUpdate(null, null, null, null, null, List.of(link, link, link, link)))
                .links().size());
        assertOneError(new ProfileUpdate(null, null, null, null, null, List.of(link, link, link, link, link)),
                "links", "at most 4 links");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html,<b>hi</b>",
            "ftp://ada.example/file", "//ada.example/no-scheme", "ada.example", "https://", "https:///path-only",
            "https://trusted.example@evil.example/", "https://ada.example/a b", "https://ada\u202e.example",
            "mailto:ada@example.org", "file:///etc/passwd", "vbscript:msgbox"})
    void aLinkIsAnHttpOrHttpsAddressThatIsWhatItLooksLike(String url) {
        assertOneError(new ProfileUpdate(null, null, null, null, null, List.of(new ProfileLink("Site", url))),
                "links[0].url", "must be an http or https address");
    }

    @Test
    void aLinkUrlIsAtMost400Characters() {
        String base = "https://ada.example/";
        String longest = base + "a".repeat(400 - base.length());
        assertEquals(longest, ProfileChange.of(new ProfileUpdate(null, null, null, null, null,
                List.of(new ProfileLink("Long", longest)))).links().get(0).url());
        assertOneError(new ProfileUpdate(null, null, null, null, null, List.of(new ProfileLink("Long", longest + "a"))),
                "links[0].url", "must be at most 400 characters");
    }

    @Test
    void aLinkNameIsOneTo40VisibleCharacters() {
        assertEquals("n".repeat(40), ProfileChange.of(new ProfileUpdate(null, null, null, null, null,
                List.of(new ProfileLink("n".repeat(40), "https://ada.example")))).links().get(0).name());
        assertOneError(new ProfileUpdate(null, null, null, null, null,
                List.of(new ProfileLink("n".repeat(41), "https://ada.example"))), "links[0].name", "must be at most 40");
        assertOneError(new ProfileUpdate(null, null, null, null, null,
                List.of(new ProfileLink("  ", "https://ada.example"))), "links[0].name", "must not be blank");
        assertOneError(new ProfileUpdate(null, null, null, null, null,
                List.of(new ProfileLink("Bl\u202eog", "https://ada.example"))), "links[0].name", "must not contain");
    }

    @Test
    void everyBadLinkIsNamedByItsPlace() {
        List<Problem.FieldError> errors = errorsOf(new ProfileUpdate(null, null, null, null, null, java.util.Arrays.asList(
                new ProfileLink("Fine", "https://ada.example"), new ProfileLink(null, "javascript:x"), null)));
        assertEquals(List.of("links[1].name", "links[1].url", "links[2]"),
                errors.stream().map(Problem.FieldError::field).toList());
    }
}
