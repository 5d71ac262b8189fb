package nova.media.serving;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import nova.media.infra.MediaIds;
import nova.media.infra.Refusals;
import nova.media.infra.Storage;

/**
 * The bytes of stored variants, for anyone holding a URL this context handed out: public variants are
 * immutable (content-addressed) and cached for a year; a private file's only with a valid, unexpired signature
 * (403 otherwise), cached privately until it expires. {@code ETag} is the content hash ({@code If-None-Match}
 * → 304), {@code Range} gives 206 or 416. An HLS rendition's playlist is {@code /files/{id}/hls} and its
 * segments {@code /files/{id}/hls/{segment}}; a private playlist's segment lines carry its signature.
 */
@Path("files")
@RequestScoped
@PermitAll
public class FileResource {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final long NOT_SIGNED = -1;

    @Inject
    ServedFiles files;

    @Inject
    FileUrls urls;

    @Inject
    Storage storage;

    @GET
    @Path("{id}/{variant}")
    public Response variant(@PathParam("id") String id, @PathParam("variant") String variant,
                            @QueryParam("expires") Long expires, @QueryParam("signature") String signature,
                            @HeaderParam("If-None-Match") String ifNoneMatch, @HeaderParam("Range") String range) {
        ServedFiles.Served served = find(id, variant);
        long validUntil = checkAccess(served, variant, expires, signature);
        java.nio.file.Path path = storage.resolve(served.variant().storageKey());
        if (variant.equals("hls")) {
            return playlist(served, path.resolve("index.m3u8"), validUntil, ifNoneMatch);
        }
        return serve(path, served.variant().sha256(), served.variant().mimeType(), validUntil, ifNoneMatch, range);
    }

    @GET
    @Path("{id}/hls/{segment}")
    public Response segment(@PathParam("id") String id, @PathParam("segment") String segment,
                            @QueryParam("expires") Long expires, @QueryParam("signature") String signature,
                            @HeaderParam("If-None-Match") String ifNoneMatch, @HeaderParam("Range") String range) {
        ServedFiles.Served served = find(id, "hls");
        long validUntil = checkAccess(served, "hls", expires, signature);
        java.nio.file.Path path = storage.resolveMember(served.variant().storageKey(), segment)
                .filter(Files::isRegularFile).orElseThrow(() -> Refusals.notFound("There is no such file."));
        String type = segment.endsWith(".m3u8") ? "application/vnd.apple.mpegurl"
                : segment.endsWith(".ts") ? "video/mp2t" : "video/mp4";
        // the directory is content-addressed, so each member is as immutable as the playlist
        return serve(path, served.variant().sha256() + "-" + segment, type, validUntil, ifNoneMatch, range);
    }

    private ServedFiles.Served find(String id, String variant) {
        return MediaIds.parse(id).flatMap(mediaId -> files.find(mediaId, variant))
                .orElseThrow(() -> Refusals.notFound("There is no such file."));
    }

    /** Until when the caller may read it: {@link #NOT_SIGNED} for public variants. */
    private long checkAccess(ServedFiles.Served served, String variant, Long expires, String signature) {
        if (!served.isPrivate()) {
            return NOT_SIGNED;
        }
        if (!urls.isValid(served.mediaId(), variant, expires, signature, Instant.now())) {
            throw Refusals.forbidden("This file is private: its URL must be signed and not expired.");
        }
        return expires;
    }

    private Response serve(java.nio.file.Path path, String hash, String mimeType, long validUntil, String ifNoneMatch,
                           String rangeHeader) {
        if (!Files.isRegularFile(path)) {
            throw Refusals.notFound("There is no such file.");
        }
        String etag = "\"" + hash + "\"";
        String cacheControl = validUntil == NOT_SIGNED ? IMMUTABLE
                : "private, max-age=" + Math.max(0, validUntil - Instant.now().getEpochSecond());
        if (matches(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .build();
        }
        long length = size(path);
        ByteRange.Request request = ByteRange.parse(rangeHeader, length);
        Response.ResponseBuilder response;
        if (request instanceof ByteRange.Unsatisfiable) {
            // a body of its own: an empty 416 left some clients waiting for one
            return Response.fromResponse(nova.platform.problem.Problem.of(416, "range-not-satisfiable",
                            "Range not satisfiable", "The file has " + length + " bytes.").toResponse())
                    .header("Content-Range", "bytes */" + length).header("Accept-Ranges", "bytes").build();
        } else if (request instanceof ByteRange.Part part) {
            ByteRange r = part.range();
            response = Response.status(206).entity(stream(path, r.first(), r.length()))
                    .header("Content-Range", "bytes " + r.first() + "-" + r.last() + "/" + length)
                    .header(HttpHeaders.CONTENT_LENGTH, r.length());
        } else {
            response = Response.ok(stream(path, 0, length)).header(HttpHeaders.CONTENT_LENGTH, length);
        }
        return response.type(mimeType).header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header("Accept-Ranges", "bytes").header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox").build();
    }

    /**
     * The playlist, its segment lines made relative to {@code /files/{id}/} (the playlist's URL has no trailing
     * slash) and, for a private file, carrying the playlist's own signature.
     */
    private Response playlist(ServedFiles.Served served, java.nio.file.Path path, long validUntil, String ifNoneMatch) {
        String query = validUntil == NOT_SIGNED ? "" : "?" + urls.segmentQuery(served.mediaId(), validUntil);
        String etag = "\"" + served.variant().sha256() + "\"";
        String cacheControl = validUntil == NOT_SIGNED ? IMMUTABLE
                : "private, max-age=" + Math.max(0, validUntil - Instant.now().getEpochSecond());
        if (validUntil == NOT_SIGNED && matches(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .build();
        }
        String playlist;
        try {
            playlist = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Refusals.notFound("There is no such file.");
        }
        String prefix = "hls/";
        String signed = Arrays.stream(playlist.split("\n"))
                .map(line -> line.isBlank() || line.startsWith("#") ? line : prefix + line.strip() + query)
                .collect(Collectors.joining("\n", "", "\n"));
        Response.ResponseBuilder response = Response.ok(signed, "application/vnd.apple.mpegurl")
                .header(HttpHeaders.CACHE_CONTROL, cacheControl).header("X-Content-Type-Options", "nosniff");
        return (validUntil == NOT_SIGNED ? response.header(HttpHeaders.ETAG, etag) : response).build();
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("*") || c.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static long size(java.nio.file.Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StreamingOutput stream(java.nio.file.Path path, long from, long count) {
        return out -> {
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
                 InputStream in = Channels.newInputStream(channel.position(from))) {
                byte[] buffer = new byte[64 * 1024];
                long left = count;
                while (left > 0) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (n < 0) {
                        break;
                    }
                    out.write(buffer, 0, n);
                    left -= n;
                }
            }
        };
    }
}
