package nova.content.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nova.contracts.content.PostDraft;
import nova.contracts.content.PostEdit;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

class PostContentTest {

    static PostDraft text(String text) {
        return new PostDraft(text, null, null, null, null, null, null, null);
    }

    static List<String> fields(Rejection rejection) {
        return rejection.errors().stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void textLongerThanTheLimitIsRefusedOnTheTextField() {
        Rejection refused = assertThrows(Rejection.class, () -> PostContent.of(text("x".repeat(501)), 500));
        assertEquals(400, refused.problem().status());
        assertEquals(List.of("text"), fields(refused));
    }

    @Test
    void fiveEmojiAreFiveCharacters() {
        assertEquals("😀".repeat(5), PostContent.of(text("😀".repeat(5)), 5).text());
    }

    @Test
    void fiveAttachmentsAreRefused() {
        List<UUID> five = IntStream.range(0, 5).mapToObj(i -> UUID.randomUUID()).toList();
        Rejection refused = assertThrows(Rejection.class, () -> PostContent.of(
                new PostDraft("hi", null, null, null, null, five, null, null), 500));
        assertEquals(List.of("mediaIds"), fields(refused));
    }

    @Test
    void mediaMayStandWithoutTextButNothingMayNot() {
        assertEquals("", PostContent.of(new PostDraft(null, null, null, null, null, List.of(UUID.randomUUID()), null,
                null), 500).text());
        assertEquals(List.of("text"), fields(assertThrows(Rejection.class, () -> PostContent.of(text("  "), 500))));
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        Rejection refused = assertThrows(Rejection.class, () -> PostContent.of(
                new PostDraft("", "everyone", null, null, "not a language!", null, null, null), 500));
        assertEquals(List.of("visibility", "text", "language"), fields(refused));
    }

    @Test
    void aContentWarningMakesThePostSensitiveAndMentionsAndTagsAreFound() {
        PostContent content = PostContent.of(new PostDraft("hi @Ada #Java", "public", "spoilers", false, "pt-br",
                null, null, null), 500);
        assertTrue(content.sensitive());
        assertEquals("pt-BR", content.language());
        assertEquals(List.of("ada"), content.mentionNames());
        assertEquals(List.of("java"), content.hashtags());
    }

    @Test
    void anEditKeepsWhatItDoesNotName() {
        PostContent before = PostContent.of(new PostDraft("first", null, "cw", true, "en", List.of(), null, null), 500);
        PostContent after = PostContent.edited(before, new PostEdit("second #tag", null, null, null, null), 500);
        assertEquals("second #tag", after.text());
        assertEquals("cw", after.contentWarning());
        assertEquals("en", after.language());
        assertEquals(List.of("tag"), after.hashtags());
    }
}
