package nova.media.serving;

import java.util.Optional;

/**
 * One byte range of a file of {@code length} bytes, from an HTTP {@code Range} header ({@code bytes=a-b},
 * {@code bytes=a-}, {@code bytes=-n}). Several ranges at once are answered with the whole file (which RFC 9110
 * allows), as is any header that is not a byte range.
 */
record ByteRange(long first, long last) {

    long length() {
        return last - first + 1;
    }

    /** What a {@code Range} header asks of a file of {@code length} bytes. */
    sealed interface Request permits Whole, Part, Unsatisfiable {
    }

    /** No range (or one to ignore): the whole file, 200. */
    record Whole() implements Request {
    }

    /** One satisfiable range: 206. */
    record Part(ByteRange range) implements Request {
    }

    /** A range outside the file: 416. */
    record Unsatisfiable() implements Request {
    }

    static Request parse(String header, long length) {
        if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
            return new Whole();
        }
        String spec = header.substring("bytes=".length()).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        Optional<Long> start = number(spec.substring(0, dash));
        Optional<Long> end = number(spec.substring(dash + 1));
        if (start.isEmpty() && end.isEmpty()) {
            return new Whole();
        }
        if (start.isEmpty()) { // the last n bytes
            long n = end.get();
            if (n == 0 || length == 0) {
                return new Unsatisfiable();
            }
            return new Part(new ByteRange(Math.max(0, length - n), length - 1));
        }
        long first = start.get();
        if (first >= length) {
            return new Unsatisfiable();
        }
        long last = end.map(e -> Math.min(e, length - 1)).orElse(length - 1);
        if (last < first) {
            return new Whole(); // syntactically invalid: ignored
        }
        return new Part(new ByteRange(first, last));
    }

    private static Optional<Long> number(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 18 || !t.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(t));
    }
}
