package nova.search.query;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;
import nova.search.index.SearchCursor;
import nova.search.index.SearchQuery;

/** The query parameters of {@code GET /search} checked all at once: every invalid field named in one 400. */
final class SearchRequest {

    static final Set<String> KINDS = Set.of("post", "article", "user", "hashtag");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");

    private SearchRequest() {
    }

    static SearchQuery of(String q, String kind, String author, String from, String to, Boolean hasMedia,
                          String language, String after, Integer limit) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String text = q == null ? "" : q.strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > 200) {
            errors.add(new Problem.FieldError("q", "Between 1 and 200 characters."));
        }
        if (kind != null && !KINDS.contains(kind)) {
            errors.add(new Problem.FieldError("kind", "One of post, article, user, hashtag."));
        }
        UUID authorId = null;
        if (author != null) {
            try {
                authorId = UUID.fromString(author);
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("author", "A user id."));
            }
        }
        Instant fromAt = instant("from", from, errors);
        Instant toAt = instant("to", to, errors);
        if (fromAt != null && toAt != null && !fromAt.isBefore(toAt)) {
            errors.add(new Problem.FieldError("to", "After from."));
        }
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            errors.add(new Problem.FieldError("language", "A BCP-47 language tag, e.g. en or pt-BR."));
        }
        int size = limit == null ? 20 : limit;
        if (size < 1 || size > 100) {
            errors.add(new Problem.FieldError("limit", "Between 1 and 100."));
        }
        SearchCursor cursor = null;
        if (after != null) {
            try {
                cursor = SearchCursor.decode(after);
            } catch (Rejection e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw Rejection.invalidInput(errors);
        }
        return new SearchQuery(text, kind, authorId, fromAt, toAt, hasMedia,
                language == null ? null : language.toLowerCase(), cursor, size);
    }

    private static Instant instant(String field, String value, List<Problem.FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "An ISO-8601 instant, e.g. 2026-01-31T12:00:00Z."));
            return null;
        }
    }

    /** A limit parameter between 1 and {@code max}, {@code otherwise} when absent. */
    static int limit(Integer limit, int otherwise, int max) {
        int size = limit == null ? otherwise : limit;
        if (size < 1 || size > max) {
            throw Rejection.invalidInput("limit", "Between 1 and " + max + ".");
        }
        return size;
    }
}
