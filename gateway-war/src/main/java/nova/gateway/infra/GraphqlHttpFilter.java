package nova.gateway.infra;

import static nova.gateway.infra.Jsonp.JSON;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nova.platform.problem.Problem;

/**
 * The HTTP rules of the GraphQL endpoint, checked before anything else sees the request (first in
 * {@code web.xml}):
 * <ul>
 * <li>only {@code POST}; anything else is 405 problem+json with {@code Allow: POST} (the engine would answer
 * an HTML page). The schema, {@code /graphql/schema.graphql}, is read with {@code GET};</li>
 * <li>only a JSON body ({@code application/json}, or {@code application/graphql-response+json}); anything else
 * is 415 problem+json and nothing runs. A browser sends {@code text/plain}, form and multipart bodies to
 * another origin without asking first (no CORS preflight), so accepting them would let any web page register
 * or log in with its visitor's browser (CSRF);</li>
 * <li>every answer of the endpoint carries {@code Cache-Control: no-store}: any answer may hold tokens
 * ({@code login}, {@code refresh}) or personal data ({@code me}, {@code sessions}), and which do is decided by
 * the document, not the URL. The schema is public and the same for everyone: it may be cached.</li>
 * </ul>
 */
public class GraphqlHttpFilter extends HttpFilter {

    static final Set<String> JSON_TYPES = Set.of("application/json", "application/graphql-response+json");
    static final String SCHEMA = "/graphql/schema.graphql";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!SCHEMA.equals(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        Optional<Problem> refusal = refusalOf(path, request.getMethod(), request.getContentType());
        if (refusal.isPresent()) {
            if (refusal.get().status() == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
                response.setHeader("Allow", SCHEMA.equals(path) ? "GET" : "POST");
            }
            answer(response, refusal.get());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why this request is refused before it is read (an RFC 9457 problem), or empty to read it. */
    static Optional<Problem> refusalOf(String path, String method, String contentType) {
        if (SCHEMA.equals(path)) {
            return "GET".equals(method) || "HEAD".equals(method) ? Optional.empty() : Optional.of(Problem.of(
                    HttpServletResponse.SC_METHOD_NOT_ALLOWED, "method-not-allowed", "Method Not Allowed",
                    "the schema is read with GET"));
        }
        if (!"POST".equals(method)) {
            return Optional.of(Problem.of(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "method-not-allowed",
                    "Method Not Allowed", "GraphQL is served by POST with a JSON body {\"query\": \"<document>\"}"));
        }
        if (!JSON_TYPES.contains(mediaType(contentType))) {
            return Optional.of(Problem.of(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Unsupported Media Type", "send the request as Content-Type: application/json"));
        }
        return Optional.empty();
    }

    /** The type and subtype of a Content-Type, lower case, without parameters; "" when there is none. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    private static void answer(HttpServletResponse response, Problem refusal) throws IOException {
        Jsonp.answer(response, refusal.status(), Problem.MEDIA_TYPE, JSON.createObjectBuilder()
                .add("type", refusal.type().toString())
                .add("title", refusal.title())
                .add("status", refusal.status())
                .add("detail", refusal.detail())
                .build());
    }
}
