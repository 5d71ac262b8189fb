package nova.perf;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import nova.contracts.content.Post;
import nova.contracts.media.Media;
import nova.contracts.social.FeedPage;
import nova.contracts.social.PostEngagement;
import nova.contracts.user.UserProfile;

/**
 * What reading a feed read's five context answers costs the gateway (issue 21), JSON-B against the gateway's streaming
 * reader ({@code nova.gateway.infra.ContractJson}, from gateway-war/target/classes), in one JVM, one thread, interleaved
 * rounds: the thread's CPU time per feed read (the five answers: social's page of 20, content's 20 posts, user's 4
 * profiles, media's 30 files with 4 variants each, social's 20 engagements), after a warm-up long enough for C2. JSON-B
 * is Yasson 3.0 with one {@link Jsonb} made once, as Liberty's provider keeps one. The answers are made here, shaped as
 * the contexts write them. Asserts nothing; prints the medians and their ratio.
 * <p>{@code -Dbench.rounds=10 -Dbench.reads=2000 -Dbench.warmupReads=20000}
 */
public final class ReaderCost {

    private record Answer(Class<?> raw, Type type, byte[] json) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 10);
        int reads = Integer.getInteger("bench.reads", 2000);
        int warmup = Integer.getInteger("bench.warmupReads", 20000);
        List<Answer> answers = answers();
        Jsonb jsonb = JsonbBuilder.create();
        @SuppressWarnings("unchecked")
        MessageBodyReader<Object> streaming = (MessageBodyReader<Object>) Class.forName("nova.gateway.infra.ContractJson")
                .getField("READER").get(null);
        // both must read the same records
        for (Answer a : answers) {
            Object viaJsonb = jsonb.fromJson(new ByteArrayInputStream(a.json), a.type);
            Object viaReader = streaming.readFrom(raw(a), a.type, null, null, null, new ByteArrayInputStream(a.json));
            if (!viaJsonb.equals(viaReader)) {
                throw new AssertionError("the readers differ on " + a.type);
            }
        }
        Runnable viaJsonb = () -> answers.forEach(a -> sink(jsonb.fromJson(new ByteArrayInputStream(a.json), a.type)));
        Runnable viaReader = () -> answers.forEach(a -> {
            try {
                sink(streaming.readFrom(raw(a), a.type, null, null, null, new ByteArrayInputStream(a.json)));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        int bytes = answers.stream().mapToInt(a -> a.json.length).sum();
        System.out.printf("five answers of one feed read: %,d bytes; warm-up %,d reads each, then %d rounds of %,d%n",
                bytes, warmup, rounds, reads);
        for (int i = 0; i < warmup; i++) {
            viaJsonb.run();
            viaReader.run();
        }
        double[] jsonbMicros = new double[rounds];
        double[] readerMicros = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            jsonbMicros[r] = cpuMicrosPerRead(viaJsonb, reads);
            readerMicros[r] = cpuMicrosPerRead(viaReader, reads);
        }
        Arrays.sort(jsonbMicros);
        Arrays.sort(readerMicros);
        double j = jsonbMicros[rounds / 2];
        double s = readerMicros[rounds / 2];
        System.out.printf("CPU per feed read's five answers (median of %d rounds): JSON-B %.1f us (%.1f-%.1f), "
                        + "streaming reader %.1f us (%.1f-%.1f): %.2fx, %.1f us less%n", rounds, j, jsonbMicros[0],
                jsonbMicros[rounds - 1], s, readerMicros[0], readerMicros[rounds - 1], s / j, j - s);
        System.out.println(sinkCount > 0 ? "" : "?");
    }

    private static long sinkCount;

    private static void sink(Object o) {
        if (o != null) {
            sinkCount++;
        }
    }

    private static double cpuMicrosPerRead(Runnable read, int reads) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < reads; i++) {
            read.run();
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1_000.0 / reads;
    }

    @SuppressWarnings("unchecked")
    private static Class<Object> raw(Answer a) {
        return (Class<Object>) a.raw;
    }

    // --- the answers, shaped as the contexts write them ----------------------------------------------------------------

    private static List<Answer> answers() {
        List<UUID> authors = ids(4);
        List<UUID> posts = ids(20);
        List<UUID> media = ids(30);
        Instant now = Instant.parse("2026-12-07T07:01:02.123456Z");
        StringJoiner items = new StringJoiner(",", "{\"items\":[", "],\"nextCursor\":\"MjAyNi0xMi0wN1QwNzowMTowMi4xMjM0NTZa\"}");
        StringJoiner postJson = new StringJoiner(",", "[", "]");
        StringJoiner engagement = new StringJoiner(",", "[", "]");
        int m = 0;
        for (int i = 0; i < posts.size(); i++) {
            UUID author = authors.get(i % authors.size());
            Instant at = now.minusSeconds(60L * i);
            items.add("{\"postId\":\"%s\",\"authorId\":\"%s\",\"sharedBy\":null,\"at\":\"%s\"}".formatted(posts.get(i), author, at));
            List<String> attached = new ArrayList<>();
            for (int k = 0; k < 1 + i % 2 && m < media.size(); k++) {
                attached.add("\"" + media.get(m++) + "\"");
            }
            postJson.add(("{\"id\":\"%s\",\"authorId\":\"%s\",\"text\":\"Post %d of the benchmark: a line of text about "
                    + "#nova and the feed, long enough to be a real post.\",\"visibility\":\"public\",\"contentWarning\":null,"
                    + "\"sensitive\":false,\"language\":\"en\",\"mediaIds\":[%s],\"mentionIds\":[],\"hashtags\":[\"nova\"],"
                    + "\"replyToId\":null,\"quoteOfId\":null,\"conversationRootId\":\"%s\",\"replyCount\":0,"
                    + "\"state\":\"visible\",\"createdAt\":\"%s\",\"editedAt\":null}")
                    .formatted(posts.get(i), author, i, String.join(",", attached), posts.get(i), at));
            engagement.add("{\"postId\":\"%s\",\"likes\":%d,\"shares\":0,\"likedByMe\":%s,\"sharedByMe\":false}"
                    .formatted(posts.get(i), i % 2, i % 2 == 0));
        }
        StringJoiner profiles = new StringJoiner(",", "[", "]");
        for (int i = 0; i < authors.size(); i++) {
            profiles.add(("{\"id\":\"%s\",\"username\":\"author%d\",\"displayName\":\"Author %d\",\"bio\":\"Writes for the "
                    + "benchmark\",\"locale\":\"en\",\"avatarMediaId\":null,\"headerMediaId\":null,\"links\":[],"
                    + "\"verified\":false,\"status\":\"active\",\"createdAt\":\"%s\",\"updatedAt\":\"%s\"}")
                    .formatted(authors.get(i), i, i, now, now));
        }
        StringJoiner files = new StringJoiner(",", "[", "]");
        for (UUID id : media) {
            StringJoiner variants = new StringJoiner(",", "[", "]");
            for (String[] v : new String[][] {{"original", "1600", "1200"}, {"small", "400", "300"},
                {"medium", "1280", "960"}, {"large", "1600", "1200"}}) {
                variants.add("{\"name\":\"%s\",\"url\":\"/media/%s/%s\",\"mimeType\":\"image/jpeg\",\"width\":%s,\"height\":%s,\"size\":%d}"
                        .formatted(v[0], id, v[0], v[1], v[2], 12345 + v[0].length()));
            }
            files.add(("{\"id\":\"%s\",\"ownerId\":\"%s\",\"kind\":\"image\",\"status\":\"ready\",\"mimeType\":\"image/jpeg\","
                    + "\"fileName\":\"picture.jpg\",\"size\":345678,\"width\":1600,\"height\":1200,\"durationSeconds\":null,"
                    + "\"blurhash\":\"LEHV6nWB2yk8pyo0adR*.7kCMdnj\",\"focalPoint\":null,\"description\":null,"
                    + "\"visibility\":\"public\",\"variants\":%s,\"createdAt\":\"%s\",\"processedAt\":\"%s\"}")
                    .formatted(id, authors.get(0), variants, now, now));
        }
        return List.of(
                new Answer(FeedPage.class, FeedPage.class, bytes(items.toString())),
                new Answer(List.class, listOf(Post.class), bytes(postJson.toString())),
                new Answer(List.class, listOf(UserProfile.class), bytes(profiles.toString())),
                new Answer(List.class, listOf(Media.class), bytes(files.toString())),
                new Answer(List.class, listOf(PostEngagement.class), bytes(engagement.toString())));
    }

    private static List<UUID> ids(int n) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static Type listOf(Class<?> element) {
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[] {element};
            }

            @Override
            public Type getRawType() {
                return List.class;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        };
    }
}
