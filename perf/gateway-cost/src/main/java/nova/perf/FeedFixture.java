package nova.perf;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.imageio.ImageIO;

/**
 * What the benchmark reads, made through the gateway before it measures: a reader who follows four authors, each of
 * whom has uploaded two pictures (processed by the media server) and written five posts with one or two of them, so
 * the reader's feed holds 20 posts by four authors with media; the reader likes every other one ({@code likedByMe}).
 * Real contexts throughout: the posts reach the feed through content's event and social's fan-out.
 */
final class FeedFixture {

    static final int AUTHORS = 4;
    static final int POSTS_EACH = 5;
    static final String PASSWORD = "gateway cost passphrase";

    private final HttpClient http;
    private final String gateway;
    private final String user;
    private final String social;
    private final String media;

    /** A member: id (the same in every context) and access token. */
    record Member(String id, String username, String token) {
    }

    FeedFixture(HttpClient http, String gateway, String user, String social, String media) {
        this.http = http;
        this.gateway = gateway;
        this.user = user;
        this.social = social;
        this.media = media;
    }

    /** Registers and logs in a new member through the gateway; answers once the user context knows the profile. */
    Member newMember(String prefix) throws Exception {
        String name = prefix + UUID.randomUUID().toString().substring(0, 8);
        String id = graphql(null, "mutation { register(input: {email: \"" + name + "@example.org\", username: \"" + name
                + "\", password: \"" + PASSWORD + "\"}) { id } }").getJsonObject("register").getString("id");
        String token = graphql(null, "mutation { login(login: \"" + name + "\", password: \"" + PASSWORD
                + "\") { accessToken } }").getJsonObject("login").getString("accessToken");
        // the profile is made from identity's event: wait until the user context has it
        await("the user context to know " + name, () -> get(user + "/users/me", token).statusCode() == 200);
        return new Member(id, name, token);
    }

    /** The reader, whose feed holds 20 posts by {@link #AUTHORS} authors with media, every other one liked. */
    Member reader() throws Exception {
        Member reader = newMember("gwreader");
        List<Member> authors = new ArrayList<>();
        for (int a = 0; a < AUTHORS; a++) {
            authors.add(newMember("gwauthor"));
        }
        for (Member author : authors) {
            // social learns of a member from the user context's event: retry until it knows the author
            await("social to let " + reader.username() + " follow " + author.username(), () -> tryGraphql(reader.token(),
                    "mutation { follow(userId: \"" + author.id() + "\") { following } }") != null);
        }
        List<String> posts = new ArrayList<>();
        int n = 0;
        for (Member author : authors) {
            List<String> pictures = List.of(upload(author, n), upload(author, n + 1));
            for (String picture : pictures) {
                await("media " + picture + " to be processed", () -> {
                    HttpResponse<String> answer = get(media + "/media/" + picture, author.token());
                    return answer.statusCode() == 200 && answer.body().toLowerCase(java.util.Locale.ROOT).contains("\"complete\"");
                });
            }
            for (int p = 0; p < POSTS_EACH; p++, n++) {
                String mediaIds = p % 2 == 0 ? "[\"" + pictures.get(0) + "\"]"
                        : "[\"" + pictures.get(0) + "\", \"" + pictures.get(1) + "\"]";
                // servers just started (the production options: no AOT cache, the JIT cold) may answer the first
                // posts UNAVAILABLE (content's checks with user and media timing out): ask again with the same
                // idempotency key, which answers the same post if the first attempt was written after all
                String document = "mutation { createPost(input: {text: \"benchmark post " + n + " of "
                        + author.username() + " #gatewaycost\", mediaIds: " + mediaIds + "}, idempotencyKey: \""
                        + java.util.UUID.randomUUID() + "\") { id } }";
                JsonObject[] made = new JsonObject[1];
                await("content to take post " + n, () -> (made[0] = tryGraphql(author.token(), document)) != null);
                posts.add(made[0].getJsonObject("createPost").getString("id"));
            }
        }
        for (int p = 0; p < posts.size(); p += 2) {
            String like = "mutation { like(postId: \"" + posts.get(p) + "\") { likedByMe } }"; // idempotent
            await("social to take a like", () -> tryGraphql(reader.token(), like) != null);
        }
        await("the 20 posts to reach the reader's feed", () -> {
            HttpResponse<String> feed = get(social + "/feed?limit=20", reader.token());
            return feed.statusCode() == 200 && posts.stream().allMatch(feed.body()::contains);
        });
        return reader;
    }

    /** The author of the feed's first post, one the reader follows (for the profile read). */
    static String anyUserId(JsonObject feed) {
        return feed.getJsonArray("nodes").getJsonObject(0).getJsonObject("author").getString("id");
    }

    /** Uploads a small JPEG (made here; {@code n} picks its colours) with a ticket from the gateway; the media id. */
    private String upload(Member author, int n) throws Exception {
        byte[] jpeg = jpeg(n);
        // asked again while the gateway answers UNAVAILABLE (servers just started): an unused ticket only expires
        String request = "mutation { requestMediaUpload(input: {fileName: \"bench-" + n + ".jpg\", declaredSize: "
                + jpeg.length + "}) { uploadUrl } }";
        JsonObject[] answered = new JsonObject[1];
        await("media to give an upload ticket", () -> (answered[0] = tryGraphql(author.token(), request)) != null);
        JsonObject ticket = answered[0].getJsonObject("requestMediaUpload");
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(ticket.getString("uploadUrl")))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + author.token())
                .header("Content-Type", "image/jpeg").PUT(HttpRequest.BodyPublishers.ofByteArray(jpeg)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("upload: " + answer.statusCode() + " " + answer.body());
        }
        return Json.createReader(new StringReader(answer.body())).readObject().getString("id");
    }

    static byte[] jpeg(int n) throws IOException {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(Color.HSBtoRGB(n / 9f, 0.6f, 0.9f)));
        g.fillRect(0, 0, 320, 240);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(40 + 10 * n, 40, 120, 120);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The answer's data; throws when it holds errors. */
    JsonObject graphql(String token, String document) throws IOException, InterruptedException {
        JsonObject answer = post(token, document);
        if (answer.containsKey("errors") || answer.get("data") == null || answer.get("data") == JsonValue.NULL) {
            throw new IllegalStateException("the gateway refused " + document + ": " + answer);
        }
        return answer.getJsonObject("data");
    }

    private JsonObject tryGraphql(String token, String document) throws IOException, InterruptedException {
        JsonObject answer = post(token, document);
        return answer.containsKey("errors") ? null : answer.getJsonObject("data");
    }

    private JsonObject post(String token, String document) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + "/graphql")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("query", document).build().toString()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String body = http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
        return Json.createReader(new StringReader(body)).readObject();
    }

    static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }

    static JsonObject object(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    interface Check {
        boolean holds() throws Exception;
    }

    /**
     * Polls {@code check} every 200 ms for at most {@code bench.setupSeconds} (300): on a busy machine sharing the
     * broker, social's fan-out may be working through other runs' events first.
     */
    static void await(String what, Check check) throws Exception {
        int seconds = Integer.getInteger("bench.setupSeconds", 300);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("waited " + seconds + " s for " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
    }
}
