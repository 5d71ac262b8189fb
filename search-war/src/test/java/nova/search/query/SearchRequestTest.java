package nova.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nova.platform.problem.Rejection;
import nova.search.index.SearchQuery;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

    @Test
    void aValidRequestKeepsEveryFilter() {
        UUID author = UUID.randomUUID();
        SearchQuery query = SearchRequest.of("  cats ", "post", author.toString(), "2026-01-01T00:00:00Z",
                "2026-02-01T00:00:00Z", true, "pt-BR", null, 5);
        assertEquals("cats", query.text());
        assertEquals(author, query.author());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), query.from());
        assertEquals("pt-br", query.language());
        assertEquals(5, query.limit());
        assertNull(query.after());
        assertEquals(20, SearchRequest.of("x", null, null, null, null, null, null, null, null).limit());
    }

    @Test
    void everyInvalidFieldIsNamedInOneRefusal() {
        Rejection rejection = assertThrows(Rejection.class, () -> SearchRequest.of(" ", "video", "nobody",
                "2026-02-01T00:00:00Z", "2026-01-01T00:00:00Z", null, "english!", "%%", 0));
        Set<String> fields = rejection.errors().stream().map(e -> e.field()).collect(Collectors.toSet());
        assertEquals(Set.of("q", "kind", "author", "to", "language", "after", "limit"), fields);
        assertEquals(400, rejection.problem().status());
        assertThrows(Rejection.class, () -> SearchRequest.of("x".repeat(201), null, null, null, null, null, null,
                null, null));
        assertThrows(Rejection.class, () -> SearchRequest.of("x", null, null, "yesterday", null, null, null, null, null));
    }

    @Test
    void limitsStayInTheirRange() {
        assertEquals(10, SearchRequest.limit(null, 10, 50));
        assertEquals(50, SearchRequest.limit(50, 10, 50));
        assertThrows(Rejection.class, () -> SearchRequest.limit(51, 10, 50));
        assertThrows(Rejection.class, () -> SearchRequest.limit(0, 10, 50));
    }
}
