package nova.media.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Function;
import nova.media.infra.Refusals;
import nova.media.infra.Storage;

/**
 * An upload's body, streamed to a file while it is hashed and counted, never whole in memory (64 KiB at a time).
 * The first bytes are read first and shown to {@code decide}, which says what they are and so how many bytes
 * the whole may have; reading stops with 413 {@code too-large} as soon as the body passes that limit, whatever
 * length it declared.
 */
final class IncomingBytes {

    /** How much of the start is read before anything is written: enough for every format's magic bytes. */
    static final int HEAD = 4096;
    private static final int CHUNK = 64 * 1024;

    /** What was received: its size, its SHA-256 (hex), and what {@code decide} made of its start. */
    record Received<T>(long size, String sha256, T decision) {
    }

    /**
     * What {@code decide} returns: its verdict on the head, the most bytes the body may have, and the refusal when
     * it has more (413 {@code too-large} unless said otherwise, e.g. 409 when the quota is the tighter limit).
     */
    record Decision<T>(T verdict, long maxBytes, java.util.function.Supplier<RuntimeException> overLimit) {

        Decision(T verdict, long maxBytes) {
            this(verdict, maxBytes, () -> Refusals.tooLarge(maxBytes));
        }
    }

    private IncomingBytes() {
    }

    static <T> Received<T> receive(InputStream body, Path file, Function<byte[], Decision<T>> decide) {
        MessageDigest digest = Storage.sha256Digest();
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] head = readHead(body);
            Decision<T> decision = decide.apply(head);
            long size = head.length;
            if (size > decision.maxBytes()) {
                throw decision.overLimit().get();
            }
            digest.update(head);
            out.write(head);
            byte[] buffer = new byte[CHUNK];
            for (int n; (n = body.read(buffer)) != -1; ) {
                size += n;
                if (size > decision.maxBytes()) {
                    throw decision.overLimit().get();
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            return new Received<>(size, HexFormat.of().formatHex(digest.digest()), decision.verdict());
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be received", e);
        }
    }

    private static byte[] readHead(InputStream body) throws IOException {
        byte[] head = new byte[HEAD];
        int filled = 0;
        for (int n; filled < HEAD && (n = body.read(head, filled, HEAD - filled)) != -1; ) {
            filled += n;
        }
        return filled == HEAD ? head : Arrays.copyOf(head, filled);
    }
}
