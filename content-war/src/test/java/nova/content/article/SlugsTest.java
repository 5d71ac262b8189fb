package nova.content.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void aSlugIsTheTitleInLowerCaseAsciiJoinedByDashes() {
        assertEquals("creme-brulee-for-beginners", Slugs.of("  Crème Brûlée — for Beginners! "));
        assertEquals("article", Slugs.of("日本語"));
        String longest = Slugs.of("word ".repeat(40));
        assertTrue(longest.length() <= Slugs.MAX && longest.startsWith("word-word") && !longest.endsWith("-"), longest);
    }

    @Test
    void aTakenSlugGetsTheFirstFreeSuffix() {
        assertEquals("title", Slugs.free("title", List.of("title-2")));
        assertEquals("title-3", Slugs.free("title", List.of("title", "title-2", "title-4")));
    }
}
