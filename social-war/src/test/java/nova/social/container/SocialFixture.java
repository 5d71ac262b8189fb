package nova.social.container;

import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nova.contracts.content.PostCreated;
import nova.contracts.content.PostDeleted;
import nova.contracts.event.EventJson;
import nova.contracts.user.ProfileCreated;
import nova.contracts.user.SettingsUpdated;
import nova.contracts.user.UserDeleted;
import nova.platform.events.CloudEvent;
import nova.testsupport.Database;
import nova.testsupport.Http;
import nova.testsupport.LibertyServer;
import nova.testsupport.StubContext;
import nova.testsupport.Tokens;
import nova.testsupport.Topics;

/**
 * What the in-container tests share, started once per test JVM: identity's keys (so the server accepts the tokens
 * minted here), content's {@code GET /posts/{id}} (the posts a test made "exist"), members and posts made known to
 * social through the real broker, as the user and content contexts publish them, and calls to the server.
 */
final class SocialFixture {

    static final Database SOCIAL = Database.of("social");
    static final URI BASE = LibertyServer.base();
    private static Tokens tokens;
    private static StubContext content;
    private static StubContext user;

    private SocialFixture() {
    }

    static synchronized void start() throws IOException {
        if (tokens == null) {
            tokens = new Tokens().servedAsIdentity();
            content = StubContext.playing("NOVA_CONTENT_URL");
            user = StubContext.playing("NOVA_USER_URL");
        }
    }

    /** The user context as played here: 404 for every user unless a test says otherwise. */
    static StubContext user() {
        return user;
    }

    static StubContext content() {
        return content;
    }

    /** Content stops answering (its port closed); {@link #contentBack} opens it again with the same answers. */
    static synchronized void contentDown() {
        content.close();
    }

    static synchronized void contentBack() throws IOException {
        content = StubContext.playing("NOVA_CONTENT_URL");
    }

    static String token(UUID member) {
        return tokens.accessToken(member, "m" + member.toString().substring(0, 8));
    }

    static Http as(UUID member) {
        return Http.to(BASE).withBearer(token(member));
    }

    static HttpResponse<String> put(UUID member, String path) {
        return as(member).send("PUT", path, null);
    }

    static HttpResponse<String> delete(UUID member, String path) {
        return as(member).send("DELETE", path, null);
    }

    static HttpResponse<String> post(UUID member, String path) {
        return as(member).send("POST", path, null);
    }

    static HttpResponse<String> get(UUID member, String path) {
        return as(member).get(path);
    }

    /** New members, made known to social by {@code user.profile.created} on nova.user; waits until they are. */
    static List<UUID> members(int count) {
        List<UUID> ids = new ArrayList<>();
        CloudEvent[] events = new CloudEvent[count];
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            events[i] = CloudEvent.of("user", ProfileCreated.TYPE, id.toString(), EventJson.toJson(
                    new ProfileCreated(id, "m" + id.toString().substring(0, 8), null, null, true, Map.of(), now)));
        }
        Topics.send("nova.user", events);
        SOCIAL.awaitCount(count, Duration.ofSeconds(60), "SELECT count(*) FROM accounts WHERE user_id = ANY (?::uuid[])",
                (Object) ids.stream().map(UUID::toString).toArray(String[]::new));
        return ids;
    }

    static UUID member() {
        return members(1).get(0);
    }

    /** {@code user.settings.updated} with {@code locked}; waits until social has it. */
    static void locked(UUID member, boolean locked) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Topics.send("nova.user", CloudEvent.of("user", SettingsUpdated.TYPE, member.toString(), EventJson.toJson(
                new SettingsUpdated(member, locked, "everyone", true, Map.of("follow", true), Map.of("digest", false), now))));
        SOCIAL.awaitCount(1, Duration.ofSeconds(60), "SELECT count(*) FROM accounts WHERE user_id = ? AND locked = ?",
                member, locked);
    }

    static void deleted(UUID member) {
        Topics.send("nova.user", CloudEvent.of("user", UserDeleted.TYPE, member.toString(), EventJson.toJson(
                new UserDeleted(member, "gone", Instant.now().truncatedTo(ChronoUnit.MICROS)))));
        SOCIAL.awaitCount(1, Duration.ofSeconds(60), "SELECT count(*) FROM accounts WHERE user_id = ? AND deleted", member);
    }

    /** {@code content.post.created} as content writes it. */
    static CloudEvent postCreated(UUID postId, UUID author, String visibility, List<UUID> mentions, Instant at) {
        return CloudEvent.of("content", PostCreated.TYPE, postId.toString(), EventJson.toJson(new PostCreated(postId,
                author, visibility, "hello", null, false, "en", List.of(), mentions, List.of(), null, null, null, null,
                at.truncatedTo(ChronoUnit.MICROS))));
    }

    static CloudEvent postDeleted(UUID postId, UUID author) {
        return CloudEvent.of("content", PostDeleted.TYPE, postId.toString(), EventJson.toJson(
                new PostDeleted(postId, author, Instant.now().truncatedTo(ChronoUnit.MICROS))));
    }

    /** Publishes a new post on nova.content and waits until social has fanned it out; its id. */
    static UUID published(UUID author, String visibility, List<UUID> mentions) {
        UUID postId = UUID.randomUUID();
        Topics.send("nova.content", postCreated(postId, author, visibility, mentions, Instant.now()));
        awaitFanout(postId, 1);
        return postId;
    }

    static void awaitFanout(UUID postId, long events) {
        SOCIAL.awaitCount(events, Duration.ofSeconds(60),
                "SELECT count(*) FROM outbox_events WHERE aggregate_id = ? AND type = 'social.feed.updated'",
                postId.toString());
    }

    /** Content answers {@code GET /posts/{id}} with this visible post (to whoever asks). */
    static void contentHas(UUID postId, UUID author, String visibility) {
        JsonObject post = Json.createObjectBuilder()
                .add("id", postId.toString()).add("authorId", author.toString()).add("text", "hello")
                .add("visibility", visibility).addNull("contentWarning").add("sensitive", false).add("language", "en")
                .add("mediaIds", Json.createArrayBuilder()).add("mentionIds", Json.createArrayBuilder())
                .add("hashtags", Json.createArrayBuilder()).addNull("replyToId").addNull("quoteOfId")
                .add("conversationRootId", postId.toString()).add("replyCount", 0).add("state", "visible")
                .add("createdAt", Instant.now().truncatedTo(ChronoUnit.MICROS).toString()).addNull("editedAt").build();
        content.answerJson("GET", "/posts/" + postId, 200, post.toString());
    }

    static List<UUID> feedOf(UUID member, int limit) {
        JsonObject page = Http.json(get(member, "/feed?limit=" + limit));
        return page.getJsonArray("items").stream()
                .map(i -> UUID.fromString(i.asJsonObject().getString("postId"))).toList();
    }

    static long feedRows(UUID postId) {
        return SOCIAL.count("SELECT count(*) FROM feeds WHERE post_id = ?", postId);
    }

    static void awaitTrue(String what, java.util.concurrent.Callable<Boolean> condition) {
        await(what).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(condition);
    }

    static JsonArrayBuilder ids(List<UUID> ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        ids.forEach(id -> array.add(id.toString()));
        return array;
    }
}
