package nova.gateway.infra;

import static nova.gateway.infra.Jsonp.JSON;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a GraphQL request that asks for too much ({@link DocumentLimits}) before the engine parses it,
 * so no resolver runs: the answer is one error with {@code extensions.code} {@code QUERY_TOO_COMPLEX}
 * (or {@code GRAPHQL_VALIDATION_FAILED} for a body that holds no readable document). The body is read
 * once, at most {@code nova.graphql.maxRequestBytes}, and handed on to the engine as it came.
 */
public class DocumentLimitsFilter extends HttpFilter {

    @Inject
    @ConfigProperty(name = "nova.graphql.maxRootFields", defaultValue = "10")
    int maxRootFields;

    @Inject
    @ConfigProperty(name = "nova.graphql.maxDepth", defaultValue = "10")
    int maxDepth;

    @Inject
    @ConfigProperty(name = "nova.graphql.maxFields", defaultValue = "200")
    int maxFields;

    @Inject
    @ConfigProperty(name = "nova.graphql.maxIntrospectionDepth", defaultValue = "20")
    int maxIntrospectionDepth;

    @Inject
    @ConfigProperty(name = "nova.graphql.maxDocumentLength", defaultValue = "20000")
    int maxDocumentLength;

    @Inject
    @ConfigProperty(name = "nova.graphql.maxRequestBytes", defaultValue = "262144")
    int maxRequestBytes;

    /** Off unless switched on (the local profile: {@code NOVA_GRAPHQL_INTROSPECTION=true}, for GraphiQL). */
    @Inject
    @ConfigProperty(name = "nova.graphql.introspection", defaultValue = "false")
    boolean introspection;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            // the engine answers GET only when smallrye.graphql.allowGet is set, which the gateway never sets
            chain.doFilter(request, response);
            return;
        }
        byte[] body = read(request.getInputStream(), maxRequestBytes);
        if (body == null) {
            answer(response, new ApiError(ApiError.Code.QUERY_TOO_COMPLEX,
                    "the document asks for too much: the request is larger than " + maxRequestBytes + " bytes"));
            return;
        }
        Charset charset = charset(request);
        DocumentLimits.Checked checked = DocumentLimits.check(new String(body, charset), limits(), introspection);
        if (checked.refusal().isPresent()) {
            answer(response, checked.refusal().get());
            return;
        }
        request.setAttribute(Caller.FIELD_NAMES, checked.fieldNames());
        chain.doFilter(new ReadRequest(request, body, charset), response);
    }

    DocumentLimits.Limits limits() {
        return new DocumentLimits.Limits(maxRootFields, maxDepth, maxFields, maxIntrospectionDepth, maxDocumentLength);
    }

    /** JSON is UTF-8 (RFC 8259) unless the client says otherwise; the engine then reads it the same way. */
    static Charset charset(HttpServletRequest request) {
        String encoding = request.getCharacterEncoding();
        try {
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    /** The whole body, or null if it is longer than {@code limit} bytes. */
    static byte[] read(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        for (int n; (n = in.read(chunk)) != -1; ) {
            if (body.size() + n > limit) {
                return null;
            }
            body.write(chunk, 0, n);
        }
        return body.toByteArray();
    }

    private static void answer(HttpServletResponse response, ApiError error) throws IOException {
        Jsonp.answer(response, HttpServletResponse.SC_OK, "application/json;charset=UTF-8", ErrorExtensions.answerOf(error));
    }

    /** The request with its body read already: the engine reads it again from here. */
    static final class ReadRequest extends HttpServletRequestWrapper {

        private final byte[] body;
        private final Charset charset;

        ReadRequest(HttpServletRequest request, byte[] body, Charset charset) {
            super(request);
            this.body = body;
            this.charset = charset;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }

        @Override
        public String getCharacterEncoding() {
            return charset.name();
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
