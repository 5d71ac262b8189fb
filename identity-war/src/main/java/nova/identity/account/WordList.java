package nova.identity.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A bundled list of words, one a line, read once: blank lines and lines starting with {@code #}
 * are skipped, entries are compared in lower case.
 */
public final class WordList {

    private final Set<String> words;

    private WordList(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static WordList of(String... words) {
        Set<String> set = new HashSet<>();
        for (String word : words) {
            set.add(word.toLowerCase(Locale.ROOT));
        }
        return new WordList(set);
    }

    /** Reads a class-path resource next to this class's package, e.g. {@code common-passwords.txt}. */
    public static WordList bundled(String name) {
        try (InputStream in = WordList.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled word list " + name + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> set = new HashSet<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    set.add(word.toLowerCase(Locale.ROOT));
                }
            }
            return new WordList(set);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled word list " + name, e);
        }
    }

    /** Case-insensitive membership. */
    public boolean contains(String word) {
        return word != null && words.contains(word.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return words.size();
    }
}
