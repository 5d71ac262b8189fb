package nova.content.article;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/** An article's slug: its title in lower-case ASCII letters and digits joined by {@code -}, unique. */
final class Slugs {

    static final int MAX = 80;

    private Slugs() {
    }

    /** The title's slug before it is made unique; {@code article} for a title with no ASCII letter or digit. */
    static String of(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}, ...: the first that is not {@code taken}. */
    static String free(String base, Collection<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
