package nova.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

class SearchCursorTest {

    @Test
    void aCursorReadsBackToTheExactScoreAndId() {
        SearchCursor cursor = new SearchCursor(0.0123456789f, "3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        SearchCursor read = SearchCursor.decode(cursor.encode());
        assertEquals(Float.floatToIntBits(cursor.score()), Float.floatToIntBits(read.score()));
        assertEquals(cursor.id(), read.id());
        assertEquals("my_tag", SearchCursor.decode(new SearchCursor(1f, "my_tag").encode()).id());
    }

    @Test
    void anythingElseIsRefusedOnFieldAfter() {
        for (String bad : new String[] {"", "xyz", "!!!", java.util.Base64.getUrlEncoder().encodeToString("zz_a".getBytes())}) {
            Rejection rejection = assertThrows(Rejection.class, () -> SearchCursor.decode(bad), bad);
            assertEquals("after", rejection.errors().get(0).field());
        }
    }
}
