package nova.content.article;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * An article's Markdown as HTML anyone may be shown: CommonMark (raw HTML in the Markdown included) rendered, then
 * everything not on the allow-list dropped — no script, style, iframe, form or event handler; links and images only
 * to http(s) (links also mailto), never {@code javascript:} or {@code data:}; every link
 * {@code rel="nofollow noopener noreferrer"}. Both libraries are thread-safe once built.
 */
final class MarkdownRendering {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowUrlProtocols("http", "https", "mailto")
                    .allowAttributes("href", "title").onElements("a")
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .toFactory())
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "br")
                    .allowAttributes("start").matching(java.util.regex.Pattern.compile("[0-9]{1,9}")).onElements("ol")
                    .allowAttributes("class").matching(java.util.regex.Pattern.compile("language-[A-Za-z0-9_+-]{1,40}"))
                    .onElements("code")
                    .toFactory());

    private MarkdownRendering() {
    }

    /** The sanitised HTML of {@code markdown}. */
    static String html(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
