package nova.perf;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * perf/communication (issue 18), against the running system. Two parts, each with its baseline from the same run:
 * <ol>
 * <li><b>delivery</b>: {@code bench.recipients} members (40) with {@code bench.connectionsPer} open WebSocket
 * connections each (5: 200 in all) to {@code /realtime}; one sender sends {@code bench.rate} messages a second (50)
 * for {@code bench.seconds} (20) through the gateway's {@code sendMessage}, round robin over its direct conversations
 * with them. Latency = from just before the send call to the frame's arrival at each connection of the recipient:
 * p50/p90/p99/max. Baseline: the WebSocket round trip ({@code ping → pong}) on the same connections at the same rate,
 * measured just before; and the send call's own time.</li>
 * <li><b>mail</b>: {@code bench.mails} (300) mails queued straight into {@code email_queue} (one transaction), sent by
 * the communication server's loop to GreenMail started here on 3025; mails a second from the commit to the last one
 * received. Baseline: the same number of mails sent from here to the same GreenMail with Jakarta Mail, one
 * connection per mail as the server's transport does.</li>
 * </ol>
 * Prints figures and ratios; asserts nothing.
 */
public final class CommunicationBenchmark {

    static final String GATEWAY = System.getProperty("bench.gateway", "http://localhost:9080/graphql");
    static final String REALTIME = System.getProperty("bench.realtime", "ws://localhost:9086/realtime");
    static final int RECIPIENTS = Integer.getInteger("bench.recipients", 40);
    static final int PER = Integer.getInteger("bench.connectionsPer", 5);
    static final int RATE = Integer.getInteger("bench.rate", 50);
    static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    static final int MAILS = Integer.getInteger("bench.mails", 300);
    static final int SMTP_PORT = Integer.getInteger("bench.smtpPort", 3025);
    static final String PASSWORD = "perf horse battery staple 18";

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Member(String id, String token) {
    }

    public static void main(String[] args) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        System.out.printf("perf/communication run %s: %d recipients x %d connections = %d open, %d msg/s for %d s, %d mails%n",
                run, RECIPIENTS, PER, RECIPIENTS * PER, RATE, SECONDS, MAILS);
        delivery(run);
        mail(run);
        System.exit(0);
    }

    // --- delivery -------------------------------------------------------------------------------------------

    static void delivery(String run) throws Exception {
        Member sender = member("ps" + run);
        List<Member> recipients = new ArrayList<>();
        for (int i = 0; i < RECIPIENTS; i++) {
            recipients.add(member("pr" + i + run));
        }
        List<String> conversations = new ArrayList<>();
        for (Member recipient : recipients) {
            conversations.add(startConversation(sender, recipient));
        }
        Map<Long, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, Long> pingAt = new ConcurrentHashMap<>();
        List<Long> pings = Collections.synchronizedList(new ArrayList<>());
        List<Socket> sockets = new ArrayList<>();
        for (Member recipient : recipients) {
            for (int c = 0; c < PER; c++) {
                sockets.add(Socket.open(recipient.token(), sentAt, latencies, pingAt, pings));
            }
        }
        for (Socket socket : sockets) {
            if (!socket.ready.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("a connection was not ready in 20 s");
            }
        }
        System.out.printf("%d connections ready%n", sockets.size());

        // baseline: ping -> pong on the same connections, the same rate and duration
        int total = RATE * SECONDS;
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        CountDownLatch pinged = new CountDownLatch(total);
        AtomicInteger p = new AtomicInteger();
        var pingTask = clock.scheduleAtFixedRate(() -> {
            int n = p.getAndIncrement();
            if (n >= total) {
                return;
            }
            Socket socket = sockets.get(n % sockets.size());
            String key = socket.id + ":" + socket.pingsSent.incrementAndGet();
            socket.pending.add(key);
            pingAt.put(key, System.nanoTime());
            socket.ws.sendText("{\"type\":\"ping\"}", true);
            pinged.countDown();
        }, 0, 1_000_000 / RATE, TimeUnit.MICROSECONDS);
        pinged.await();
        pingTask.cancel(false);
        awaitSize(pings, total, Duration.ofSeconds(10));

        // messages at RATE through the gateway
        ExecutorService senders = Executors.newFixedThreadPool(16);
        List<Long> sendCalls = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger m = new AtomicInteger();
        CountDownLatch sent = new CountDownLatch(total);
        var sendTask = clock.scheduleAtFixedRate(() -> {
            int n = m.getAndIncrement();
            if (n >= total) {
                return;
            }
            senders.execute(() -> {
                long start = System.nanoTime();
                sentAt.put((long) n, start);
                try {
                    JsonObject answer = gql(sender.token(), "mutation s($c: ID!, $t: String) { sendMessage(conversationId: $c, text: $t) { id } }",
                            Json.createObjectBuilder().add("c", conversations.get(n % conversations.size())).add("t", "bench-" + n).build());
                    if (answer.containsKey("errors")) {
                        failures.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
                sendCalls.add(System.nanoTime() - start);
                sent.countDown();
            });
        }, 0, 1_000_000 / RATE, TimeUnit.MICROSECONDS);
        sent.await();
        sendTask.cancel(false);
        int expected = (total - failures.get()) * PER;
        awaitSize(latencies, expected, Duration.ofSeconds(30));
        clock.shutdownNow();
        senders.shutdownNow();

        System.out.printf("load before: %s%n", loadAverage());
        System.out.printf("WebSocket ping->pong (baseline), %d at %d/s: %s%n", pings.size(), RATE, percentiles(pings));
        System.out.printf("sendMessage call through the gateway, %d (%d failed): %s%n", sendCalls.size(), failures.get(),
                percentiles(sendCalls));
        System.out.printf("send -> WebSocket delivery, %d of %d frames expected: %s%n", latencies.size(), expected,
                percentiles(latencies));
        System.out.printf("ratio delivery / ping round trip: p50 %.1fx, p99 %.1fx%n",
                (double) pct(latencies, 50) / pct(pings, 50), (double) pct(latencies, 99) / pct(pings, 99));
        for (Socket socket : sockets) {
            socket.ws.abort();
        }
    }

    static final class Socket implements WebSocket.Listener {
        static final AtomicInteger IDS = new AtomicInteger();
        final int id = IDS.incrementAndGet();
        final CountDownLatch ready = new CountDownLatch(1);
        final AtomicInteger pingsSent = new AtomicInteger();
        final java.util.Queue<String> pending = new java.util.concurrent.ConcurrentLinkedQueue<>();
        final StringBuilder partial = new StringBuilder();
        Map<Long, Long> sentAt;
        List<Long> latencies;
        Map<String, Long> pingAt;
        List<Long> pings;
        WebSocket ws;

        static Socket open(String token, Map<Long, Long> sentAt, List<Long> latencies, Map<String, Long> pingAt,
                           List<Long> pings) {
            Socket socket = new Socket();
            socket.sentAt = sentAt;
            socket.latencies = latencies;
            socket.pingAt = pingAt;
            socket.pings = pings;
            socket.ws = HTTP.newWebSocketBuilder().buildAsync(URI.create(REALTIME), socket).join();
            socket.ws.sendText("{\"type\":\"auth\",\"token\":\"" + token + "\"}", true).join();
            return socket;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                JsonObject frame = Json.createReader(new StringReader(text)).readObject();
                switch (frame.getString("type")) {
                    case "ready" -> ready.countDown();
                    case "pong" -> {
                        String key = pending.poll();
                        Long at = key == null ? null : pingAt.remove(key);
                        if (at != null) {
                            pings.add(now - at);
                        }
                    }
                    case "message" -> {
                        String body = frame.getJsonObject("data").getString("text", "");
                        if (body.startsWith("bench-")) {
                            Long at = sentAt.get(Long.parseLong(body.substring(6)));
                            if (at != null) {
                                latencies.add(now - at);
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    // --- mail -----------------------------------------------------------------------------------------------

    static void mail(String run) throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("nova", "nova-local-smtp"));
        smtp.start();
        try {
            // baseline: the same mails from here, one SMTP connection each
            Properties props = new Properties();
            props.put("mail.smtp.host", "127.0.0.1");
            props.put("mail.smtp.port", String.valueOf(SMTP_PORT));
            props.put("mail.smtp.auth", "true");
            Session session = Session.getInstance(props);
            long start = System.nanoTime();
            for (int i = 0; i < MAILS; i++) {
                MimeMessage mail = new MimeMessage(session);
                mail.setFrom(new InternetAddress("no-reply@nova.local"));
                mail.setRecipient(Message.RecipientType.TO, new InternetAddress("direct-" + i + "@perf.nova.local"));
                mail.setSubject("perf direct " + run);
                mail.setText("a benchmark mail, sent straight from the benchmark\n");
                Transport.send(mail, "nova", "nova-local-smtp");
            }
            double directSeconds = (System.nanoTime() - start) / 1e9;
            smtp.purgeEmailFromAllMailboxes();

            // the queue: rows straight into email_queue, sent by the server's loop
            String subject = "perf queue " + run;
            String password = System.getenv().getOrDefault("NOVA_DB_PASSWORD_COMMUNICATION", "nova-communication-local");
            try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:5432/nova_communication",
                    "nova_communication", password)) {
                db.setAutoCommit(false);
                try (PreparedStatement insert = db.prepareStatement("""
                        INSERT INTO email_queue (id, kind, user_id, recipient, subject, body_text, body_html, status, attempts,
                                                 next_attempt_at, created_at)
                        VALUES (?, 'notification', NULL, ?, ?, ?, ?, 'queued', 0, now(), now())""")) {
                    for (int i = 0; i < MAILS; i++) {
                        insert.setObject(1, UUID.randomUUID());
                        insert.setString(2, "queued-" + i + "@perf.nova.local");
                        insert.setString(3, subject);
                        insert.setString(4, "a benchmark mail, sent by the communication server's queue\n");
                        insert.setString(5, "<p>a benchmark mail, sent by the communication server's queue</p>");
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                start = System.nanoTime();
                db.commit();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(60, MAILS));
            long received = 0;
            while (System.nanoTime() < deadline) {
                received = Arrays.stream(smtp.getReceivedMessages()).filter(message -> subjectIs(message, subject)).count();
                if (received >= MAILS) {
                    break;
                }
                Thread.sleep(20); // polling GreenMail's mailbox: the benchmark's own clock, not a test
            }
            double queueSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("mail straight to GreenMail (baseline): %d in %.2f s = %.1f mails/s%n", MAILS, directSeconds,
                    MAILS / directSeconds);
            System.out.printf("mail through email_queue (server loop -> GreenMail): %d of %d in %.2f s = %.1f mails/s%n",
                    received, MAILS, queueSeconds, received / queueSeconds);
            System.out.printf("ratio queue / direct throughput: %.2fx%n", (received / queueSeconds) / (MAILS / directSeconds));
        } finally {
            smtp.stop();
        }
    }

    static boolean subjectIs(MimeMessage message, String subject) {
        try {
            return subject.equals(message.getSubject());
        } catch (Exception e) {
            return false;
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------

    static Member member(String tag) throws Exception {
        String username = "u" + tag;
        JsonObject registered = gql(null, "mutation r($i: RegisterInput!) { register(input: $i) { id } }",
                Json.createObjectBuilder().add("i", Json.createObjectBuilder().add("email", tag + "@perf.nova.local")
                        .add("username", username).add("password", PASSWORD)).build());
        String id = registered.getJsonObject("data").getJsonObject("register").getString("id");
        JsonObject login = gql(null, "mutation l($l: String!, $p: String!) { login(login: $l, password: $p) { accessToken } }",
                Json.createObjectBuilder().add("l", username).add("p", PASSWORD).build());
        return new Member(id, login.getJsonObject("data").getJsonObject("login").getString("accessToken"));
    }

    static String startConversation(Member from, Member to) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            JsonObject answer = gql(from.token(), "mutation s($m: [String!]!) { startConversation(memberIds: $m) { id } }",
                    Json.createObjectBuilder().add("m", Json.createArrayBuilder().add(to.id())).build());
            JsonValue data = answer.get("data");
            if (!answer.containsKey("errors") && data instanceof JsonObject object) {
                return object.getJsonObject("startConversation").getString("id");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no conversation: " + answer);
            }
            Thread.sleep(200); // the members reach communication as events: ask again
        }
    }

    static JsonObject gql(String token, String query, JsonObject variables) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("query", query)
                        .add("variables", variables).build().toString()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static void awaitSize(List<Long> list, int size, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(50); // waiting for the last frames: the benchmark's own clock
        }
    }

    static long pct(List<Long> values, int percentile) {
        List<Long> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        if (sorted.isEmpty()) {
            return 0;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static String percentiles(List<Long> nanos) {
        return String.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", pct(nanos, 50) / 1e6,
                pct(nanos, 90) / 1e6, pct(nanos, 99) / 1e6, pct(nanos, 100) / 1e6);
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "?";
        }
    }
}
