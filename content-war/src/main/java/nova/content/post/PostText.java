package nova.content.post;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a post's text refers to: {@code @username} mentions and {@code #hashtag}s, as the text is written. */
final class PostText {

    /** The most distinct mentions one post resolves (the user context's batch limit). */
    static final int MAX_MENTIONS = 100;
    /** The longest hashtag kept, in code points; a longer one is not a tag. */
    static final int MAX_TAG = 100;

    // identity's usernames: a letter, then letters, digits and '_'; not inside an e-mail address or a word
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_@.])@([A-Za-z][A-Za-z0-9_]{0,63})(?![A-Za-z0-9_@])");
    // letters, marks, digits and '_' after '#', not inside a word or a URL fragment; at least one letter or '_'
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}_&#/])#([\\p{L}\\p{M}\\p{N}_]+)");

    private PostText() {
    }

    /** The usernames mentioned, lower case, each once, in the order they first appear (at most {@value #MAX_MENTIONS}). */
    static List<String> mentions(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find() && names.size() < MAX_MENTIONS) {
            names.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return List.copyOf(names);
    }

    /** The hashtags, NFKC-normalised and lower case, without {@code #}, each once, in the order they first appear. */
    static List<String> hashtags(String text) {
        Set<String> tags = new LinkedHashSet<>();
        Matcher matcher = HASHTAG.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
        while (matcher.find()) {
            String tag = matcher.group(1).toLowerCase(Locale.ROOT);
            if (tag.codePointCount(0, tag.length()) <= MAX_TAG && tag.codePoints().anyMatch(c -> Character.isLetter(c) || c == '_')) {
                tags.add(tag);
            }
        }
        return new ArrayList<>(tags);
    }

    /** The length a member sees: code points, so an emoji counts once. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
