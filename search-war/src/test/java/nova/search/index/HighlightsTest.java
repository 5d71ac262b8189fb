package nova.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void theTextIsEscapedAndOnlyTheMarkersBecomeTags() {
        assertEquals("a <b>cat</b> &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;dog&quot;",
                Highlights.html("a \u0001cat\u0002 <script>alert('x')</script> & \"dog\""));
        assertNull(Highlights.html(null));
    }

    @Test
    void likePrefixesTakeLikesOwnCharactersLiterally() {
        assertEquals("50\\%\\_off\\\\%", PostgresSearchEngine.likePrefix("50%_off\\"));
    }
}
