package nova.gateway.infra;

import static nova.gateway.infra.Jsonp.JSON;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Holds the GraphQL endpoint's JSON answer until the resolvers are done, then lets
 * {@link ErrorExtensions} give each error its {@code extensions.code} (and {@code fieldErrors}).
 * The engine writes the whole answer at once, so buffering costs one copy of a small document.
 */
public class ErrorExtensionsFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ErrorExtensionsFilter.class.getName());

    @Inject
    ThrownErrors thrown;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HeldResponse held = new HeldResponse(response);
        try {
            chain.doFilter(request, held);
        } catch (ServletException | RuntimeException | LinkageError failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            answerFailure(failure, response);
            return;
        }
        byte[] body = held.body();
        if (body.length == 0 || response.isCommitted()) {
            return;
        }
        String type = held.getContentType();
        if (type != null && type.startsWith("application/json") && mayHoldErrors(body)) {
            body = rewrite(body);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * The engine itself failed, so there is no answer to rewrite: write one. Liberty's mpGraphQL-2.0
     * fails this way on every document that does not validate (OpenLiberty/open-liberty#29764).
     */
    private static void answerFailure(Throwable failure, HttpServletResponse response) throws IOException {
        JsonObject answer;
        if (ErrorExtensions.isEngineValidationFailure(failure)) {
            answer = ErrorExtensions.invalidDocument();
        } else {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "GraphQL engine failed, reference " + reference, failure);
            answer = ErrorExtensions.answerOf(ApiError.internal(reference));
        }
        Jsonp.answer(response, HttpServletResponse.SC_OK, "application/json;charset=UTF-8", answer);
    }

    private static final byte[] ERRORS = "\"errors\"".getBytes(StandardCharsets.US_ASCII);

    /**
     * Whether the answer may have errors to rewrite: reading every answer to find none was 5–10 % of the
     * gateway's CPU samples (perf/gateway). A JSON answer whose bytes hold no {@code "errors"} has no such member;
     * a string value that holds it only costs the read.
     */
    static boolean mayHoldErrors(byte[] body) {
        // a plain loop on the first two bytes (a feed answer is ~15 KB): a range comparison at every index was a
        // method call per byte, costly on the local profile's C1-only JIT
        int last = body.length - ERRORS.length;
        for (int i = 0; i <= last; i++) {
            if (body[i] == '"' && body[i + 1] == 'e' && Arrays.equals(body, i, i + ERRORS.length, ERRORS, 0, ERRORS.length)) {
                return true;
            }
        }
        return false;
    }

    private byte[] rewrite(byte[] body) {
        JsonObject answer;
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT || !value.asJsonObject().containsKey("errors")) {
                return body;
            }
            answer = value.asJsonObject();
        } catch (JsonException e) {
            return body;
        }
        JsonObject rewritten = ErrorExtensions.rewrite(answer, thrown.inOrder());
        logUnexplained(answer, rewritten);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 64);
        try (JsonWriter writer = JSON.createWriter(out)) {
            writer.writeObject(rewritten);
        }
        return out.toByteArray();
    }

    /**
     * An error the engine reported that no resolver explains (answered {@code INTERNAL} without a reference): what the
     * engine said goes to the log, since the client is told nothing of it.
     */
    private static void logUnexplained(JsonObject answer, JsonObject rewritten) {
        var before = answer.getJsonArray("errors");
        var after = rewritten.getJsonArray("errors");
        for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
            JsonValue error = after.get(i);
            if (error.getValueType() == JsonValue.ValueType.OBJECT
                    && "internal error".equals(error.asJsonObject().getString("message", null))) {
                LOG.warning("GraphQL error without a code, answered INTERNAL: " + before.get(i));
            }
        }
    }

    /** A response whose body stays here until the filter writes it. */
    static final class HeldResponse extends HttpServletResponseWrapper {

        /** Sized for a feed page's answer (~15 KB), so it is not copied into ever larger arrays as the engine writes it. */
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;

        HeldResponse(HttpServletResponse response) {
            super(response);
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("the GraphQL answer is written synchronously");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(buffer, charset));
            }
            return writer;
        }

        @Override
        public void setContentLength(int length) {
            // the filter sets the final length
        }

        @Override
        public void setContentLengthLong(long length) {
            // the filter sets the final length
        }

        @Override
        public void flushBuffer() {
            // nothing is sent before the filter has rewritten the answer
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
        }

        @Override
        public void reset() {
            super.reset();
            buffer.reset();
        }
    }
}
