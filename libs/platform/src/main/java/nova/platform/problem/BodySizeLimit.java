package nova.platform.problem;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * No request body larger than {@code nova.http.max-body-bytes} (default 1 MiB) is read: nothing any
 * JSON operation of ours takes comes near it, and an unbounded body is memory an anonymous caller can make
 * a server spend. A declared {@code Content-Length} over the limit is refused before anything is read; a
 * chunked body is counted as it is read and refused when it passes the limit. Either way the answer is
 * 413 problem+json {@code payload-too-large}.
 * <p>
 * An endpoint that streams large bodies itself and enforces a limit of its own (media's upload,
 * {@code PUT /media/uploads/{ticket}}) is named in {@code nova.http.own-body-limit-paths}: request paths
 * (relative to the application, without a leading slash) starting with one of these comma-separated prefixes
 * are passed over here. Nothing is exempt by default.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

    static final long DEFAULT_LIMIT = 1024 * 1024;

    private final long limit;
    private final List<String> ownLimitPaths;

    public BodySizeLimit() {
        this(ConfigProvider.getConfig().getOptionalValue("nova.http.max-body-bytes", Long.class).orElse(DEFAULT_LIMIT),
                ConfigProvider.getConfig().getOptionalValues("nova.http.own-body-limit-paths", String.class)
                        .orElse(List.of()));
    }

    BodySizeLimit(long limit) {
        this(limit, List.of());
    }

    BodySizeLimit(long limit, List<String> ownLimitPaths) {
        this.limit = limit;
        this.ownLimitPaths = ownLimitPaths.stream().map(String::strip).map(p -> p.startsWith("/") ? p.substring(1) : p)
                .filter(p -> !p.isEmpty()).toList();
    }

    /** Whether the request's path belongs to an endpoint that limits its body itself. */
    boolean limitsItsOwnBody(String path) {
        String relative = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
        // a path that tries to climb out of the prefix is no exemption
        return !relative.contains("..") && ownLimitPaths.stream().anyMatch(relative::startsWith);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!ownLimitPaths.isEmpty() && limitsItsOwnBody(request.getUriInfo().getPath())) {
            return;
        }
        // the runtime may show a chunked request's length as blank or -1: only a declared number counts
        if (declaredLength(request.getHeaderString(HttpHeaders.CONTENT_LENGTH)) > limit) {
            request.abortWith(ProblemMappers.problemOf(tooLarge(limit)).toResponse());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Counted(request.getEntityStream(), limit));
        }
    }

    /**
     * The declared body length, or -1 when there is none to believe (the stream is counted anyway). Over HTTP/2
     * Liberty can show the header twice, joined: {@code "N,N"} is N.
     */
    static long declaredLength(String header) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        long length = -1;
        for (String part : header.split(",")) {
            long value;
            try {
                value = Long.parseLong(part.trim());
            } catch (NumberFormatException e) {
                return -1;
            }
            if (length != -1 && value != length) {
                return -1;
            }
            length = value;
        }
        return length;
    }

    /** The refusal, as an exception the mappers answer 413 however the runtime wraps it. */
    static TooLarge tooLarge(long limit) {
        return new TooLarge(limit);
    }

    /**
     * Thrown while reading a body that passes the limit; answered 413 by {@link ProblemMappers}. An
     * {@link IOException}, because that is what JSON readers keep as the cause when they wrap a failing stream.
     */
    public static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes.");
        }
    }

    /** Counts what is read and stops at the limit. */
    static final class Counted extends FilterInputStream {
        private final long limit;
        private long read;

        Counted(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
