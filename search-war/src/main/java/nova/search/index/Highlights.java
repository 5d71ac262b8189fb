package nova.search.index;

/**
 * A hit's highlight as safe HTML: the matched text escaped, the matched words between {@code <b>} and
 * {@code </b>} (ts_headline marks them with control characters no text carries, replaced after escaping).
 */
final class Highlights {

    private Highlights() {
    }

    static String html(String headline) {
        if (headline == null) {
            return null;
        }
        StringBuilder html = new StringBuilder(headline.length() + 16);
        headline.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\u0001' -> html.append("<b>");
                case '\u0002' -> html.append("</b>");
                default -> html.appendCodePoint(c);
            }
        });
        return html.toString();
    }
}
