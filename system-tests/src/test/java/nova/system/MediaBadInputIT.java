package nova.system;

import static nova.system.MediaSystem.assertNothingStored;
import static nova.system.MediaSystem.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Issue 15's bad input, one test each, against the running system: every refusal is a 4xx with a problem body
 * (or a GraphQL error with its code), and nothing of it is stored — no file of its bytes in the media directory,
 * no temporary file left, no row, nothing in {@code myMedia}.
 */
// alone, no other test class beside it (parallel system tests, see system-tests/pom.xml): it fills media's one processing queue and measures the media server's memory and temporary files
@Isolated
class MediaBadInputIT {

    /** The media context's default limits (media-war's microprofile-config.properties). */
    static final long MAX_VIDEO_BYTES = 100L * 1024 * 1024;
    static final long DEFAULT_QUOTA = 1024L * 1024 * 1024;

    /** A member whose uploads are all refused: they never have any media. */
    private static Members.Member refused;

    @BeforeAll
    static void aMember() throws Exception {
        refused = Members.newcomer("refused");
    }

    /** PUTs {@code bytes} with a fresh ticket of {@link #refused}'s and checks the refusal and that nothing stayed. */
    private static JsonObject refusedUpload(String fileName, byte[] bytes, int status, String... slugs) throws Exception {
        Set<Path> temporary = MediaSystem.temporaryFiles();
        JsonObject ticket = MediaSystem.ticket(refused, fileName, null, null);
        HttpResponse<String> answer = MediaSystem.put(ticket.getString("uploadUrl"), refused.accessToken(), bytes);
        assertEquals(status, answer.statusCode(), fileName + ": " + answer.body());
        JsonObject problem = null;
        for (String slug : slugs) {
            if (Nova.json(answer.body()).getString("type").endsWith("/" + slug)) {
                problem = assertProblem(answer, status, slug);
            }
        }
        assertTrue(problem != null, fileName + ": one of " + List.of(slugs) + ": " + answer.body());
        assertNothingStored(refused, bytes, 0, temporary);
        return problem;
    }

    // --- size ---------------------------------------------------------------------------------------

    @Test
    void aDeclaredSizeOverEveryLimitIsRefusedWithTheTicket() throws Exception {
        Gql.Result tooLarge = MediaSystem.requestUpload(refused, MediaSystem.input("huge.mp4", MAX_VIDEO_BYTES + 1, null));
        assertEquals(Optional.of("TOO_LARGE"), tooLarge.code(), tooLarge.errors().toString());
        Gql.Result negative = MediaSystem.requestUpload(refused, MediaSystem.input("minus.jpg", -1L, null));
        assertEquals(Optional.of("VALIDATION_FAILED"), negative.code(), negative.errors().toString());
        Gql.Result longName = MediaSystem.requestUpload(refused, MediaSystem.input("a".repeat(300) + ".jpg", 10L, null));
        assertEquals(Optional.of("VALIDATION_FAILED"), longName.code(), longName.errors().toString());
    }

    @Test
    void aContentLengthOverTheLimitIsRefusedBeforeAByteIsRead() throws Exception {
        Set<Path> temporary = MediaSystem.temporaryFiles();
        JsonObject ticket = MediaSystem.ticket(refused, "big.mp4", null, null);
        long length = ticket.getJsonNumber("maxBytes").longValue() + 1;
        // a body that says it is over the limit; the server must answer without waiting for it
        HttpResponse<String> answer = MediaSystem.put(ticket.getString("uploadUrl"), refused.accessToken(),
                HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> zeros(length)), length));
        assertProblem(answer, 413, "too-large");
        assertNothingStored(refused, null, 0, temporary);
    }

    @Test
    void aChunkedBodyIsCutOffWhenItPassesTheLimit() throws Exception {
        Set<Path> temporary = MediaSystem.temporaryFiles();
        JsonObject ticket = MediaSystem.ticket(refused, "endless.mp4", null, null);
        long length = ticket.getJsonNumber("maxBytes").longValue() + 4 * 1024 * 1024;
        byte[] head = MediaFiles.mp4(); // a real video's start, so nothing but the size is wrong
        MediaSystem.Peak<HttpResponse<String>> sent = MediaSystem.peakRssDuring(() -> MediaSystem.put(
                ticket.getString("uploadUrl"), refused.accessToken(),
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(
                        new java.io.ByteArrayInputStream(head), zeros(length - head.length)))));
        assertProblem(sent.result(), 413, "too-large");
        assertNothingStored(refused, null, 0, temporary);
        // memory steady: the body streams to disk and is cut off; held whole it would add its size (100+ MiB) at
        // once. The bound leaves room for the heap growing under the copy's garbage (perf/media: +0.1 to +8.4 MiB)
        assertTrue(sent.growth() < 64L * 1024 * 1024, "the media server's RSS grew from " + sent.before() / 1048576
                + " MiB to " + sent.peak() / 1048576 + " MiB while a " + length / 1048576 + " MiB body was refused");
    }

    // --- what the bytes are -------------------------------------------------------------------------

    @Test
    void htmlNamedAsAnImageIsRefused() throws Exception {
        refusedUpload("innocent.png", MediaFiles.html(), 415, "unsupported-media-type");
    }

    @Test
    void anSvgWithAScriptNamedAsAPngIsRefused() throws Exception {
        refusedUpload("icon.png", MediaFiles.svgWithScript(), 415, "unsupported-media-type");
    }

    @Test
    void aPolyglotIsRefused() throws Exception {
        // GIF's signature in front of a page with a script: no decodable image, whichever way it is told
        refusedUpload("funny.gif", MediaFiles.polyglot(), 415, "unsupported-media-type");
    }

    @Test
    void aPixelFloodIsRefusedBeforeItIsDecoded() throws Exception {
        byte[] flood = MediaFiles.pixelFloodPng();
        assertTrue(flood.length < 64 * 1024, "a small file: " + flood.length);
        refusedUpload("flood.png", flood, 422, "unreadable-media");
    }

    @Test
    void aTruncatedImageIsRefused() throws Exception {
        refusedUpload("half.jpg", MediaFiles.truncatedJpeg(), 422, "unreadable-media");
    }

    @Test
    void aCorruptVideoIsRefused() throws Exception {
        refusedUpload("broken.mp4", MediaFiles.corruptMp4(), 422, "unreadable-media");
    }

    // --- names, tickets, callers --------------------------------------------------------------------

    /**
     * The file name is only ever a label, and the media context takes only a plain one: a name with a path in it is
     * refused with the ticket (field {@code fileName}), so no ticket ever carries one; nothing is written anywhere.
     */
    @Test
    void aPathInTheFileNameIsRefusedWithTheTicketAndNeverBecomesAPath() throws Exception {
        for (String name : List.of("../../../../../../tmp/nova-traversal-" + refused.username() + ".jpg",
                "..\\..\\nova-traversal-" + refused.username() + ".jpg", "/etc/nova-traversal.jpg", "a/../../b.jpg",
                "nul\u0000byte.jpg")) {
            Gql.Result answer = MediaSystem.requestUpload(refused, MediaSystem.input(name, 1000L, null));
            assertEquals(Optional.of("VALIDATION_FAILED"), answer.code(), name + ": " + answer.errors());
            assertEquals(List.of("fileName"), answer.fieldsInError(), name);
        }
        assertFalse(Files.exists(Path.of("/tmp/nova-traversal-" + refused.username() + ".jpg")), "never a path");
        try (Stream<Path> all = Files.walk(MediaSystem.mediaDir())) {
            assertFalse(all.anyMatch(p -> p.getFileName().toString().contains("nova-traversal")), "no file of that name");
        }
        assertEquals(0, MediaSystem.rows(refused.id()));
    }

    @Test
    void anExpiredTicketIsRefused() throws Exception {
        Set<Path> temporary = MediaSystem.temporaryFiles();
        byte[] photo = MediaFiles.jpeg(11);
        // signed by the media server's own secret (the local profile's), expired a minute ago
        String ticket = MediaSystem.ticketFor(refused.id(), Instant.now().minusSeconds(60));
        HttpResponse<String> answer = MediaSystem.put(MediaSystem.MEDIA.http("/media/uploads/" + ticket).toString(),
                refused.accessToken(), photo);
        assertProblem(answer, 410, "ticket-expired");
        assertNothingStored(refused, photo, 0, temporary);

        String valid = MediaSystem.ticketFor(refused.id(), Instant.now().plusSeconds(60));
        String forged = valid.substring(0, valid.indexOf('.') + 1) + MediaSystem.sign("upload", "something else");
        assertProblem(MediaSystem.put(MediaSystem.MEDIA.http("/media/uploads/" + forged).toString(),
                refused.accessToken(), photo), 403, "forbidden");
        assertNothingStored(refused, photo, 0, temporary);
    }

    @Test
    void aTicketIsGoodForOneUpload() throws Exception {
        Members.Member ada = Members.newcomer("reuse");
        JsonObject ticket = MediaSystem.ticket(ada, "once.jpg", null, null);
        assertEquals(201, MediaSystem.put(ticket.getString("uploadUrl"), ada.accessToken(), MediaFiles.jpeg(12)).statusCode());
        Set<Path> temporary = MediaSystem.temporaryFiles();
        byte[] again = MediaFiles.jpeg(13);
        assertProblem(MediaSystem.put(ticket.getString("uploadUrl"), ada.accessToken(), again), 409, "ticket-used");
        assertNothingStored(ada, again, 1, temporary);
    }

    @Test
    void anUploadWithoutATokenOrWithSomeoneElsesTicketIsRefused() throws Exception {
        try (Gql anonymous = Gql.anonymous()) {
            assertEquals(Optional.of("UNAUTHENTICATED"), anonymous.execute(MediaSystem.REQUEST_UPLOAD,
                    Map.of("input", MediaSystem.input("x.jpg", 10L, null))).code());
        }
        Set<Path> temporary = MediaSystem.temporaryFiles();
        byte[] photo = MediaFiles.jpeg(14);
        JsonObject ticket = MediaSystem.ticket(refused, "mine.jpg", null, null);
        HttpResponse<String> anonymous = MediaSystem.put(ticket.getString("uploadUrl"), null, photo);
        assertProblem(anonymous, 401, "unauthenticated");
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        // a token that cannot be verified: the platform's bearer mechanism refuses it before the upload reads a byte
        HttpResponse<String> forged = MediaSystem.put(ticket.getString("uploadUrl"), "not.a.token", photo);
        assertProblem(forged, 401, "invalid-token");
        assertTrue(forged.headers().firstValue("WWW-Authenticate").orElse("").contains("error=\"invalid_token\""),
                forged.headers().map().toString());
        Members.Member mallory = Members.newcomer("mallory");
        assertProblem(MediaSystem.put(ticket.getString("uploadUrl"), mallory.accessToken(), photo), 403, "forbidden");
        assertNothingStored(refused, photo, 0, temporary);
        assertEquals(0, MediaSystem.rows(mallory.id()));
    }

    @Test
    void someoneElsesMediaCannotBeDeleted() throws Exception {
        Members.Member ada = Members.newcomer("owner");
        String id = MediaSystem.upload(ada, "keep.jpg", MediaFiles.jpeg(15), null).getString("id");
        Gql.Result refusedDelete = refused.execute(MediaSystem.DELETE, Map.of("id", id));
        assertEquals(Optional.of("FORBIDDEN"), refusedDelete.code());
        assertEquals(Optional.of("NOT_FOUND"), refused.execute(MediaSystem.DELETE, Map.of("id", "../" + id)).code());
        assertEquals(1, MediaSystem.rows(ada.id()), "still there");
        assertEquals(id, MediaSystem.media(ada, id).data("media").getString("id"));
    }

    // --- quota ----------------------------------------------------------------------------------------

    /**
     * The quota counts the bytes of the originals a member keeps. The launcher has no per-run setting for the
     * system tests, so the default (1 GiB, or {@code NOVA_MEDIA_QUOTA_BYTES} when the run sets it for the servers
     * and this test alike) is filled with what is cheap: one valid MP4 padded with a {@code free} box to just under
     * the video limit, uploaded as often as it takes (stored once on disk, its content being the same; its video
     * is two seconds to process). Then both a declared size and an undeclared upload that would pass the quota
     * are refused, and nothing of them stays. Everything is deleted at the end.
     */
    @Test
    void anUploadOverTheQuotaIsRefused() throws Exception {
        String configured = System.getenv("NOVA_MEDIA_QUOTA_BYTES");
        long quota = configured == null || configured.isBlank() ? DEFAULT_QUOTA : Long.parseLong(configured.strip());
        Members.Member ada = Members.newcomer("quota");
        long each = Math.min(MAX_VIDEO_BYTES - 1024, Math.max(quota / 2 + 1, 1_000_000));
        Path filler = MediaFiles.paddedMp4(each, 1);
        List<String> ids = new ArrayList<>();
        try {
            long used = 0;
            while (quota - used >= each) {
                JsonObject ticket = MediaSystem.ticket(ada, "filler.mp4", each, null);
                HttpResponse<String> answer = MediaSystem.put(ticket.getString("uploadUrl"), ada.accessToken(),
                        HttpRequest.BodyPublishers.ofFile(filler));
                assertEquals(201, answer.statusCode(), answer.body());
                ids.add(Nova.json(answer.body()).getString("id"));
                used += each;
            }
            long left = quota - used; // less than one filler

            Gql.Result declared = MediaSystem.requestUpload(ada, MediaSystem.input("one-more.mp4", left + 1, null));
            assertEquals(Optional.of("QUOTA_EXCEEDED"), declared.code(), declared.errors().toString());
            assertEquals(1, declared.errors().size());

            Set<Path> temporary = MediaSystem.temporaryFiles();
            Path over = MediaFiles.paddedMp4(Math.max(left + 1024, MediaFiles.mp4().length + 1024), 2);
            JsonObject ticket = MediaSystem.ticket(ada, "sneaky.mp4", null, null);
            HttpResponse<String> answer = MediaSystem.put(ticket.getString("uploadUrl"), ada.accessToken(),
                    HttpRequest.BodyPublishers.ofFile(over));
            assertProblem(answer, 409, "quota-exceeded");
            assertNothingStored(ada, Files.readAllBytes(over), ids.size(), temporary);
        } finally {
            for (String id : ids) {
                ada.execute(MediaSystem.DELETE, Map.of("id", id));
            }
        }
    }

    private static InputStream zeros(long length) {
        return new InputStream() {
            private long left = length;

            @Override
            public int read() {
                if (left <= 0) {
                    return -1;
                }
                left--;
                return 0;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(count, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }
}
