package nova.content.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MarkdownRenderingTest {

    static String html(String markdown) {
        return MarkdownRendering.html(markdown);
    }

    @Test
    void linksAfterAnHtmlBlockAreLinksAndTheBlockIsSanitised() {
        String html = html("# Hi\n\n<script>alert(1)</script><img src=x onerror=alert(2)>\n\n"
                + "[x](javascript:alert(3)) [ok](https://example.org)").toLowerCase(Locale.ROOT);
        assertFalse(html.contains("<script") || html.contains("alert(1)") || html.contains("onerror")
                || html.contains("href=\"javascript"), html);
        java.util.regex.Matcher rel = java.util.regex.Pattern.compile("<a href=\"https://example.org\"[^>]* rel=\"([^\"]*)\"")
                .matcher(html);
        assertTrue(rel.find(), html);
        assertEquals(java.util.Set.of("nofollow", "noopener", "noreferrer"), java.util.Set.of(rel.group(1).split(" ")), html);
    }

    @Test
    void markdownBecomesHtml() {
        String html = html("# Title\n\nSome *emphasis*, `code` and a [link](https://example.org).\n\n- one\n- two\n");
        assertTrue(html.contains("<h1>Title</h1>"), html);
        assertTrue(html.contains("<em>emphasis</em>"), html);
        assertTrue(html.contains("<code>code</code>"), html);
        assertTrue(html.contains("<li>one</li>"), html);
        assertTrue(html.contains("href=\"https://example.org\""), html);
    }

    @Test
    void everyLinkIsNofollowNoopenerNoreferrer() {
        String html = html("[site](https://example.org)");
        // the sanitiser writes the three words in an order of its own: the set is what counts
        java.util.regex.Matcher rel = java.util.regex.Pattern.compile("rel=\"([^\"]*)\"").matcher(html);
        assertTrue(rel.find(), html);
        assertEquals(java.util.Set.of("nofollow", "noopener", "noreferrer"),
                java.util.Set.of(rel.group(1).trim().split("\\s+")), html);
    }

    @Test
    void scriptsStylesAndEventHandlersAreRemoved() {
        String html = html("""
                Hello <script>alert(1)</script> <style>body{display:none}</style>
                <img src="https://example.org/x.png" onerror="alert(2)"> <b onclick="alert(3)">bold</b>
                <iframe src="https://evil.example"></iframe>
                """).toLowerCase(Locale.ROOT);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("alert"), html);
        assertFalse(html.contains("<style"), html);
        assertFalse(html.contains("onerror"), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("<iframe"), html);
        assertTrue(html.contains("<b>bold</b>"), html);
    }

    @Test
    void javascriptAndDataUrlsAreNotLinksOrImages() {
        String html = html("[click](javascript:alert(1)) <a href=\"JaVaScRiPt:alert(2)\">x</a> "
                + "![i](data:image/png;base64,AAAA) <a href=\"data:text/html,<script>alert(3)</script>\">y</a>")
                .toLowerCase(Locale.ROOT);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("data:"), html);
    }
}
