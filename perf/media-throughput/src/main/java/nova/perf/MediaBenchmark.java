package nova.perf;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The media context's figures of issue 15, in one run against the running system:
 * <ol>
 * <li><b>upload throughput</b>: the same ~100 MB file (a valid MP4, padded with a {@code free} box so that it is
 * that large and still cheap to process) PUT to the media server's upload endpoint with a ticket, against a plain
 * copy of the same bytes into a file beside the media directory (same disk; as written, and forced to disk), each
 * {@code bench.rounds} times,
 * alternating; medians, MB/s and the ratio;</li>
 * <li><b>the media server's memory during an upload</b>: its RSS ({@code /proc/<pid>/status}, every 10 ms) and its
 * heap ({@code /metrics}) before and during the first upload of each round: peak RSS growth against the bytes
 * sent;</li>
 * <li><b>transcoding throughput</b>: seconds of video per second of wall time, from the upload's answer (queued) to
 * {@code status complete} as the bench sees it polling {@code GET /media/{id}} every 100 ms, for a clip that must
 * be transcoded (MPEG-4 Part 2 in QuickTime) and one that is H.264/AAC already (stream copy), and the server's own
 * {@code processedAt - createdAt}.</li>
 * </ol>
 * Prints figures and ratios; asserts nothing. Everything it uploads is deleted at the end.
 *
 * <p>{@code -Dbench.pid=<media server pid>}, {@code -Dbench.mediaDir=<dir>}, {@code -Dbench.uploadMb=100},
 * {@code -Dbench.rounds=3}, {@code -Dbench.videoSeconds=30}.
 */
public final class MediaBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String GATEWAY = System.getProperty("bench.gateway", "http://localhost:9080");
    private static final String MEDIA = System.getProperty("bench.media", "http://localhost:9085");
    private static final String USER = System.getProperty("bench.user", "http://localhost:9082");
    private static final double MB = 1_000_000.0;

    private static final List<String> UPLOADED = new ArrayList<>();
    private static String token;

    private MediaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long pid = Long.getLong("bench.pid", -1);
        Path mediaDir = Path.of(System.getProperty("bench.mediaDir"));
        int uploadMb = Integer.getInteger("bench.uploadMb", 100);
        int rounds = Integer.getInteger("bench.rounds", 3);
        int videoSeconds = Integer.getInteger("bench.videoSeconds", 30);
        Path work = Files.createDirectories(Path.of("target", "bench").toAbsolutePath());

        token = newMember();
        try {
            uploads(pid, mediaDir, work, uploadMb, rounds);
            transcoding(work, videoSeconds);
        } finally {
            for (String id : UPLOADED) {
                send(HttpRequest.newBuilder(URI.create(MEDIA + "/media/" + id)).header("Authorization", "Bearer " + token)
                        .DELETE().build());
            }
        }
    }

    // --- 1 and 2: upload against a plain copy, and the server's memory meanwhile -----------------------------

    private static void uploads(long pid, Path mediaDir, Path work, int uploadMb, int rounds) throws Exception {
        // just under the video limit (100 MiB = 104 857 600 bytes), whatever the MB asked
        long size = Math.min(uploadMb * 1_000_000L, 104_857_600L - 4096);
        Path clip = clip(work, "h264.mp4", 2, "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac");
        List<Path> files = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            files.add(padded(clip, work.resolve("upload-" + round + ".mp4"), size, round + 1));
        }
        Path copyDir = Files.createDirectories(mediaDir.toAbsolutePath().getParent().resolve("bench-copy"));
        System.out.printf(Locale.ROOT, "==== media upload: %.1f MB (a valid MP4), %d rounds, upload endpoint vs a plain copy"
                + " into %s (the media directory's disk) ====%n", size / MB, rounds, copyDir);
        double[] upload = new double[rounds];
        double[] copy = new double[rounds];
        double[] synced = new double[rounds];
        List<String> memory = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Path file = files.get(round);
            Files.readAllBytes(file); // in the page cache for both, as the copy will have it
            // copy first in even rounds, upload first in odd ones: neither always meets a warmer disk
            if (round % 2 == 0) {
                double[] copied = copy(file, copyDir);
                copy[round] = copied[0];
                synced[round] = copied[1];
            }
            Memory before = Memory.of(pid);
            RssSampler sampler = new RssSampler(pid);
            sampler.start();
            long t0 = System.nanoTime();
            upload(file);
            upload[round] = (System.nanoTime() - t0) / 1e9;
            sampler.stop();
            Memory after = Memory.of(pid);
            if (round % 2 == 1) {
                double[] copied = copy(file, copyDir);
                copy[round] = copied[0];
                synced[round] = copied[1];
            }
            memory.add(String.format(Locale.ROOT, "  round %d: RSS %.1f MB before, peak %.1f MB during (+%.1f MB, %.3f of the"
                            + " %.1f MB sent); heap used %.1f -> %.1f MB, committed %.1f -> %.1f MB (max %.1f MB)", round + 1,
                    before.rss / MB, sampler.peak() / MB, (sampler.peak() - before.rss) / MB,
                    (sampler.peak() - before.rss) / (double) size, size / MB, before.heapUsed / MB, after.heapUsed / MB,
                    before.heapCommitted / MB, after.heapCommitted / MB, before.heapMax / MB));
            System.out.printf(Locale.ROOT, "  round %d: upload %.3f s (%.1f MB/s), copy %.3f s (%.1f MB/s), copy + fsync %.3f s"
                            + " (%.1f MB/s)%n", round + 1, upload[round], size / MB / upload[round], copy[round],
                    size / MB / copy[round], synced[round], size / MB / synced[round]);
        }
        Files.deleteIfExists(copyDir.resolve("copy.bin"));
        Files.deleteIfExists(copyDir);
        double u = median(upload);
        double c = median(copy);
        double f = median(synced);
        System.out.printf(Locale.ROOT, "upload median %.3f s = %.1f MB/s; plain copy median %.3f s = %.1f MB/s;"
                + " upload/copy throughput %.2fx (copy %.1fx faster); copy + fsync median %.3f s = %.1f MB/s,"
                + " upload/(copy + fsync) %.2fx%n", u, size / MB / u, c, size / MB / c, c / u, u / c, f, size / MB / f, f / u);
        System.out.println("the media server's memory during each upload (pid " + pid + ", RSS from /proc every 10 ms,"
                + " heap from /metrics):");
        memory.forEach(System.out::println);
    }

    /** PUTs the file with a fresh ticket; the media id answered. */
    private static String upload(Path file) throws Exception {
        JsonObject ticket = ticket(file.getFileName().toString(), Files.size(file));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(ticket.getString("uploadUrl")))
                .timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofFile(file)).build());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("upload of " + file.getFileName() + ": " + answer.statusCode() + " " + answer.body());
        }
        String id = json(answer.body()).getString("id");
        UPLOADED.add(id);
        return id;
    }

    /** A plain copy ({@code Files.copy}, into the page cache as the server's write is), then the same forced to disk. */
    private static double[] copy(Path file, Path dir) throws IOException {
        Path target = dir.resolve("copy.bin");
        Files.deleteIfExists(target);
        long t0 = System.nanoTime();
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        double plain = (System.nanoTime() - t0) / 1e9;
        Files.delete(target);
        long t1 = System.nanoTime();
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(target,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        double synced = (System.nanoTime() - t1) / 1e9;
        Files.delete(target);
        return new double[] {plain, synced};
    }

    // --- 3: transcoding ---------------------------------------------------------------------------------

    private static void transcoding(Path work, int seconds) throws Exception {
        Path mpeg4 = clip(work, "mpeg4.mov", seconds, "-c:v", "mpeg4", "-q:v", "5", "-c:a", "aac");
        Path h264 = clip(work, "h264-" + seconds + ".mp4", seconds, "-c:v", "libx264", "-preset", "veryfast",
                "-pix_fmt", "yuv420p", "-c:a", "aac");
        System.out.printf(Locale.ROOT, "==== media transcoding: %d s of 640x360 25 fps video with AAC sound, upload answered"
                + " (queued) -> complete ====%n", seconds);
        for (Path clip : List.of(mpeg4, h264)) {
            String id = upload(clip);
            long t0 = System.nanoTime();
            JsonObject media;
            while (true) {
                media = json(send(HttpRequest.newBuilder(URI.create(MEDIA + "/media/" + id))
                        .header("Authorization", "Bearer " + token).GET().build()).body());
                String status = media.getString("status");
                if (status.equals("complete") || status.equals("failed")) {
                    break;
                }
                if (System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(4)) {
                    throw new IllegalStateException("not processed within 4 minutes: " + media);
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            double duration = media.isNull("durationSeconds") ? seconds : media.getJsonNumber("durationSeconds").doubleValue();
            double server = media.isNull("processedAt") ? Double.NaN : Duration.between(
                    Instant.parse(media.getString("createdAt")), Instant.parse(media.getString("processedAt"))).toMillis() / 1000.0;
            System.out.printf(Locale.ROOT, "  %-9s %s: %.1f s of video in %.2f s wall = %.2f s of video per second"
                            + " (server's processedAt - createdAt %.2f s = %.2f); variants %s%n", clip.getFileName(),
                    media.getString("status"), duration, wall, duration / wall, server, duration / server,
                    media.getJsonArray("variants").getValuesAs(JsonObject.class).stream().map(v -> v.getString("name")).toList());
        }
    }

    // --- files --------------------------------------------------------------------------------------------

    private static Path clip(Path work, String name, int seconds, String... codec) throws Exception {
        Path file = work.resolve(name);
        if (Files.exists(file)) {
            return file;
        }
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
                "testsrc2=size=640x360:rate=25", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100",
                "-t", String.valueOf(seconds)));
        command.addAll(Arrays.asList(codec));
        command.add(file.toString());
        Process ffmpeg = new ProcessBuilder(command).inheritIO().start();
        if (!ffmpeg.waitFor(5, TimeUnit.MINUTES) || ffmpeg.exitValue() != 0) {
            throw new IllegalStateException("ffmpeg failed: " + command);
        }
        return file;
    }

    /** {@code clip} with a top-level {@code free} box at its end bringing it to {@code size} bytes (filled with {@code fill}). */
    private static Path padded(Path clip, Path file, long size, int fill) throws IOException {
        byte[] head = Files.readAllBytes(clip);
        long pad = size - head.length;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head);
            out.write(ByteBuffer.allocate(8).putInt((int) pad).put("free".getBytes(StandardCharsets.US_ASCII)).array());
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) fill);
            for (long left = pad - 8; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        }
        return file;
    }

    // --- the media server's memory --------------------------------------------------------------------

    private record Memory(long rss, long heapUsed, long heapCommitted, long heapMax) {
        static Memory of(long pid) throws Exception {
            String metrics = send(HttpRequest.newBuilder(URI.create(MEDIA + "/metrics?scope=base")).GET().build()).body();
            return new Memory(MediaBenchmark.rss(pid), metric(metrics, "memory_usedHeap_bytes"), metric(metrics, "memory_committedHeap_bytes"),
                    metric(metrics, "memory_maxHeap_bytes"));
        }
    }

    private static long metric(String metrics, String name) {
        return metrics.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " ")).findFirst()
                .map(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).orElse(-1L);
    }

    /** VmRSS of a process, in bytes. */
    static long rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** Reads a process's RSS every 10 ms on its own thread, keeping the peak. */
    private static final class RssSampler {
        private final long pid;
        private final AtomicLong peak = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        RssSampler(long pid) {
            this.pid = pid;
            this.thread = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(rss(pid), Math::max);
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
                }
            }, "rss-sampler");
        }

        void start() {
            peak.set(rss(pid));
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
            peak.accumulateAndGet(rss(pid), Math::max);
        }

        long peak() {
            return peak.get();
        }
    }

    // --- the system ---------------------------------------------------------------------------------------

    private static JsonObject ticket(String fileName, long size) throws Exception {
        JsonObject answer = graphql("mutation($input: MediaUploadInput!) { requestMediaUpload(input: $input) { uploadUrl } }",
                Json.createObjectBuilder().add("input", Json.createObjectBuilder().add("fileName", fileName)
                        .add("declaredSize", size)).build());
        return answer.getJsonObject("data").getJsonObject("requestMediaUpload");
    }

    private static String newMember() throws Exception {
        String name = "mediabench" + UUID.randomUUID().toString().substring(0, 8);
        String password = "media bench passphrase";
        graphql("mutation { register(input: {email: \"" + name + "@example.org\", username: \"" + name
                + "\", password: \"" + password + "\"}) { id } }", null);
        token = graphql("mutation { login(login: \"" + name + "\", password: \"" + password + "\") { accessToken } }", null)
                .getJsonObject("data").getJsonObject("login").getString("accessToken");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // the profile is made from identity's event: the account is whole once the user context has it
        while (send(HttpRequest.newBuilder(URI.create(USER + "/users/me")).header("Authorization", "Bearer " + token)
                .GET().build()).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the user context never had the new member's profile");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
        return token;
    }

    private static JsonObject graphql(String document, JsonObject variables) throws Exception {
        var body = Json.createObjectBuilder().add("query", document);
        if (variables != null) {
            body.add("variables", variables);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.build().toString()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        JsonObject answer = json(send(request.build()).body());
        if (answer.containsKey("errors")) {
            throw new IllegalStateException("the gateway refused " + document + ": " + answer);
        }
        return answer;
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
