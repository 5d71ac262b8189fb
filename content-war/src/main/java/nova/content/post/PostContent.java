package nova.content.post;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import nova.contracts.content.PostDraft;
import nova.contracts.content.PostEdit;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/**
 * What a post says, checked: text within the limit (empty only with media), a content warning, the sensitive
 * flag, a BCP-47 language, at most four distinct media ids; and the usernames and hashtags its text names.
 * Mentions are still names here: the service resolves them with the user context.
 */
record PostContent(String text, String contentWarning, boolean sensitive, String language, List<UUID> mediaIds,
                   List<String> mentionNames, List<String> hashtags) {

    static final int MAX_MEDIA = 4;
    static final int MAX_CONTENT_WARNING = 500;
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,7}");

    PostContent {
        mediaIds = List.copyOf(mediaIds);
        mentionNames = List.copyOf(mentionNames);
        hashtags = List.copyOf(hashtags);
    }

    /** A new post's content (its visibility checked too). @throws Rejection 400 with every field that is wrong */
    static PostContent of(PostDraft draft, int maxChars) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (draft.visibility() != null && !Post.VISIBILITIES.contains(draft.visibility())) {
            errors.add(new Problem.FieldError("visibility", "must be one of " + String.join(", ", Post.VISIBILITIES)));
        }
        return check(draft.text(), draft.contentWarning(), Boolean.TRUE.equals(draft.sensitive()), draft.language(),
                draft.mediaIds(), maxChars, errors);
    }

    /** The content after {@code edit} (null fields keep {@code current}'s). @throws Rejection 400 with every field that is wrong */
    static PostContent edited(PostContent current, PostEdit edit, int maxChars) {
        return check(edit.text() != null ? edit.text() : current.text(),
                edit.contentWarning() != null ? edit.contentWarning() : current.contentWarning(),
                edit.sensitive() != null ? edit.sensitive() : current.sensitive(),
                edit.language() != null ? edit.language() : current.language(),
                edit.mediaIds() != null ? edit.mediaIds() : current.mediaIds(), maxChars, new ArrayList<>());
    }

    /** Whether the media differ from {@code other}'s (then the media context is asked again). */
    boolean mediaChangedFrom(PostContent other) {
        return !mediaIds.equals(other.mediaIds);
    }

    static PostContent check(String text, String contentWarning, boolean sensitive, String language, List<UUID> media,
                             int maxChars, List<Problem.FieldError> errors) {
        String body = text == null ? "" : text;
        List<UUID> mediaIds = new ArrayList<>();
        if (media != null) {
            if (media.stream().anyMatch(Objects::isNull)) {
                errors.add(new Problem.FieldError("mediaIds", "must not contain null"));
            } else if (new LinkedHashSet<>(media).size() != media.size()) {
                errors.add(new Problem.FieldError("mediaIds", "must be distinct"));
            } else if (media.size() > MAX_MEDIA) {
                errors.add(new Problem.FieldError("mediaIds", "at most " + MAX_MEDIA + " media per post, got " + media.size()));
            } else {
                mediaIds.addAll(media);
            }
        }
        int length = PostText.length(body);
        if (length > maxChars) {
            errors.add(new Problem.FieldError("text", "at most " + maxChars + " characters, got " + length));
        } else if (body.isBlank() && mediaIds.isEmpty() && (media == null || media.isEmpty())) {
            errors.add(new Problem.FieldError("text", "is required (1 to " + maxChars + " characters) unless media are attached"));
        }
        String warning = contentWarning == null || contentWarning.isBlank() ? null : contentWarning.strip();
        if (warning != null && PostText.length(warning) > MAX_CONTENT_WARNING) {
            errors.add(new Problem.FieldError("contentWarning", "at most " + MAX_CONTENT_WARNING + " characters"));
        }
        String tag = language == null || language.isBlank() ? null : language.strip();
        if (tag != null && (tag.length() > 35 || !LANGUAGE.matcher(tag).matches())) {
            errors.add(new Problem.FieldError("language", "must be a BCP-47 language tag, e.g. en or pt-BR"));
        }
        if (!errors.isEmpty()) {
            throw Rejection.invalidInput(errors);
        }
        String normalTag = tag == null ? null : Locale.forLanguageTag(tag).toLanguageTag();
        return new PostContent(body, warning, sensitive || warning != null, normalTag, mediaIds,
                PostText.mentions(body), PostText.hashtags(body));
    }
}
