package nova.content.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import nova.contracts.content.ArticleDraft;
import nova.contracts.content.ArticleEdit;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/** What an article says, checked: a title of 1–200 characters, Markdown of at most 100,000, a cover, a language. */
record ArticleContent(String title, String body, UUID coverMediaId, String language) {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 100_000;
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,7}");

    /** @throws Rejection 400 with every field that is wrong */
    static ArticleContent of(ArticleDraft draft) {
        return check(draft.title(), draft.body(), draft.coverMediaId(), draft.language());
    }

    /** The content after {@code edit} (null fields keep {@code current}'s). @throws Rejection 400 with every field that is wrong */
    static ArticleContent edited(ArticleContent current, ArticleEdit edit) {
        return check(edit.title() != null ? edit.title() : current.title(),
                edit.body() != null ? edit.body() : current.body(),
                edit.coverMediaId() != null ? edit.coverMediaId() : current.coverMediaId(),
                edit.language() != null ? edit.language() : current.language());
    }

    private static ArticleContent check(String title, String body, UUID cover, String language) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String heading = title == null ? "" : title.strip();
        int titleLength = heading.codePointCount(0, heading.length());
        if (titleLength < 1 || titleLength > MAX_TITLE) {
            errors.add(new Problem.FieldError("title", "1 to " + MAX_TITLE + " characters, got " + titleLength));
        }
        String markdown = body == null ? "" : body;
        int bodyLength = markdown.codePointCount(0, markdown.length());
        if (bodyLength > MAX_BODY) {
            errors.add(new Problem.FieldError("body", "at most " + MAX_BODY + " characters, got " + bodyLength));
        }
        String tag = language == null || language.isBlank() ? null : language.strip();
        if (tag != null && (tag.length() > 35 || !LANGUAGE.matcher(tag).matches())) {
            errors.add(new Problem.FieldError("language", "must be a BCP-47 language tag, e.g. en or pt-BR"));
        }
        if (!errors.isEmpty()) {
            throw Rejection.invalidInput(errors);
        }
        return new ArticleContent(heading, markdown, cover, tag == null ? null : Locale.forLanguageTag(tag).toLanguageTag());
    }
}
