package nova.gateway.infra;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocumentLimitsFilterTest {

    /** A request that knows only its character encoding. */
    private static HttpServletRequest request(String encoding) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getCharacterEncoding" -> encoding;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aBodyIsReadWholeUpToTheLimit() throws IOException {
        byte[] body = "x".repeat(20_000).getBytes(StandardCharsets.UTF_8);

        assertArrayEquals(body, DocumentLimitsFilter.read(new ByteArrayInputStream(body), 20_000));
        assertNull(DocumentLimitsFilter.read(new ByteArrayInputStream(body), 19_999));
        assertArrayEquals(new byte[0], DocumentLimitsFilter.read(new ByteArrayInputStream(new byte[0]), 10));
    }

    @Test
    void jsonIsUtf8UnlessTheClientSaysOtherwise() {
        assertEquals(StandardCharsets.UTF_8, DocumentLimitsFilter.charset(request(null)));
        assertEquals(StandardCharsets.ISO_8859_1, DocumentLimitsFilter.charset(request("ISO-8859-1")));
        assertEquals(StandardCharsets.UTF_8, DocumentLimitsFilter.charset(request("no-such-charset")));
    }

    @Test
    void theEngineReadsTheBodyAgainAsItCame() throws IOException {
        byte[] body = "{\"query\":\"mutation { updateProfile(input: {displayName: \\\"Zoë ✓\\\"}) { id } }\"}"
                .getBytes(StandardCharsets.UTF_8);
        DocumentLimitsFilter.ReadRequest again = new DocumentLimitsFilter.ReadRequest(request(null), body, StandardCharsets.UTF_8);

        assertEquals(new String(body, StandardCharsets.UTF_8), again.getReader().lines().collect(Collectors.joining("\n")));
        assertArrayEquals(body, again.getInputStream().readAllBytes());
        assertEquals(body.length, again.getContentLength());
        assertEquals("UTF-8", again.getCharacterEncoding());
    }

    @Test
    void theDefaultLimitsAreTheDocumentedOnes() {
        DocumentLimitsFilter filter = new DocumentLimitsFilter();
        filter.maxRootFields = 10;
        filter.maxDepth = 10;
        filter.maxFields = 200;
        filter.maxIntrospectionDepth = 20;
        filter.maxDocumentLength = 20_000;
        assertEquals(DocumentLimits.DEFAULT, filter.limits());
    }
}
