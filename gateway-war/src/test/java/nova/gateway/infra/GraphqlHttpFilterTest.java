package nova.gateway.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import nova.platform.problem.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GraphqlHttpFilterTest {

    private static Optional<Integer> status(String path, String method, String contentType) {
        return GraphqlHttpFilter.refusalOf(path, method, contentType).map(Problem::status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=UTF-8", "Application/JSON",
            "application/graphql-response+json", " application/json ;charset=utf-8"})
    void aJsonBodyIsRead(String contentType) {
        assertEquals(Optional.empty(), status("/graphql", "POST", contentType));
    }

    /** What a browser sends to another origin without a preflight, and what is not JSON at all. */
    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/graphql", "application/jsonp", "", "  "})
    void anyOtherBodyIsRefusedWith415(String contentType) {
        assertEquals(Optional.of(415), status("/graphql", "POST", contentType));
        assertEquals(URI.create("https://nova.dev/problems/unsupported-media-type"),
                GraphqlHttpFilter.refusalOf("/graphql", "POST", contentType).orElseThrow().type());
    }

    @Test
    void aBodyWithoutContentTypeIsRefusedWith415() {
        assertEquals(Optional.of(415), status("/graphql", "POST", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "PUT", "DELETE", "PATCH"})
    void theEndpointAnswersOnlyPost(String method) {
        assertEquals(Optional.of(405), status("/graphql", method, "application/json"));
        assertEquals(Optional.of(405), status("/graphql/anything", method, null));
    }

    @Test
    void theSchemaIsReadWithGet() {
        assertEquals(Optional.empty(), status("/graphql/schema.graphql", "GET", null));
        assertEquals(Optional.of(405), status("/graphql/schema.graphql", "POST", "text/plain"));
    }

    @Test
    void theMediaTypeIsReadWithoutParametersOrCase() {
        assertEquals("application/json", GraphqlHttpFilter.mediaType("Application/Json ; charset=UTF-8"));
        assertEquals("", GraphqlHttpFilter.mediaType(null));
    }
}
