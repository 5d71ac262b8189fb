package nova.events.container;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nova.contracts.events.SagaAction;
import nova.contracts.events.SagaStepCompleted;
import nova.contracts.events.SagaStepRequested;
import nova.contracts.user.UserBanned;
import nova.contracts.user.UserDeleted;
import nova.contracts.user.UserUnbanned;
import nova.platform.events.CloudEvent;
import nova.testsupport.Deployments;
import nova.testsupport.Http;
import nova.testsupport.InContainer;
import nova.testsupport.LibertyServer;
import nova.testsupport.TopicReader;
import nova.testsupport.Topics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * events deployed alone, the other contexts played by the test on the real broker: {@code user.deleted} starts the
 * deletion saga, whose requests go out on {@code nova.events}; five contexts answer, media never does, so its step
 * is asked again until its attempts are used up and the saga is stuck with the reason; an operator resumes it, media
 * is asked once more, answers, and the saga is done. (The test server answers after 2 s and gives 3 attempts:
 * src/test/liberty/server.xml.) Then a ban and the unban that supersedes it; and who may see and resume sagas.
 */
@InContainer
class SagaContainerIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Http operator = Http.to(LibertyServer.base()).asOperator();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void topics() {
        Topics.ensure("nova.events");
        Topics.ensure("nova.search");
    }

    @Test
    void aStepThatNeverAnswersIsRetriedThenStuckThenResumedThenDone() throws Exception {
        UUID user = UUID.randomUUID();
        try (TopicReader requests = new TopicReader("nova.events")) {
            userDeleted(user, "gone_" + user.toString().substring(0, 6));

            JsonObject saga = awaitSaga(user, "deletion", s -> true);
            UUID id = UUID.fromString(saga.getString("id"));
            assertEquals(List.of("identity", "content", "social", "media", "communication", "search"),
                    saga.getJsonArray("steps").stream().map(v -> v.asJsonObject().getString("context")).toList());
            for (String context : List.of("identity", "content", "social", "media", "communication", "search")) {
                CloudEvent request = requests.await(SagaStepRequested.TYPE, user.toString(),
                        data -> data.getString("step").equals(context) && data.getInt("attempt") == 1);
                assertEquals("ERASE", request.data().getString("action"));
                assertEquals(id.toString(), request.data().getString("sagaId"));
            }

            for (String context : List.of("identity", "content", "social", "communication", "search")) {
                answer(context, id, SagaAction.ERASE, user, 1);
            }
            // an answer may come after its step was asked again: it counts all the same
            List<String> answering = List.of("identity", "content", "social", "communication", "search");
            JsonObject stuck = awaitSaga(user, "deletion", s -> s.getString("status").equals("stuck")
                    && answering.stream().allMatch(c -> step(s, c).getString("status").equals("done")));
            JsonObject media = step(stuck, "media");
            assertEquals("stuck", media.getString("status"));
            assertEquals(3, media.getInt("attempt"));
            assertTrue(media.getString("reason").startsWith("no answer from media after 3 attempt(s)"), media.toString());
            for (String context : List.of("identity", "content", "social", "communication", "search")) {
                assertEquals("done", step(stuck, context).getString("status"), context);
            }
            requests.await(SagaStepRequested.TYPE, user.toString(),
                    data -> data.getString("step").equals("media") && data.getInt("attempt") == 3);
            assertEquals(3, requests.eventsAbout(SagaStepRequested.TYPE, user.toString()).stream()
                    .filter(e -> e.data().getString("step").equals("media")).count(), "asked three times, then no more");

            HttpResponse<String> resumed = operator.post("/sagas/" + id + "/resume", null);
            assertEquals(200, resumed.statusCode(), resumed.body());
            assertEquals("running", Http.json(resumed).getString("status"));
            assertEquals(nova.testsupport.Local.adminUser(), Http.json(resumed).getString("resumedBy"));
            requests.await(SagaStepRequested.TYPE, user.toString(),
                    data -> data.getString("step").equals("media") && data.getInt("attempt") == 4);

            answer("media", id, SagaAction.ERASE, user, 4);
            JsonObject done = awaitSaga(user, "deletion", s -> s.getString("status").equals("done"));
            assertEquals("done", step(done, "media").getString("status"));
            assertEquals(409, operator.post("/sagas/" + id + "/resume", null).statusCode(), "only a stuck saga resumes");
        }
    }

    @Test
    void anUnbanSupersedesTheBanAndADeletedMemberGetsNoBanSaga() {
        UUID user = UUID.randomUUID();
        String name = "ban_" + user.toString().substring(0, 6);
        UUID moderator = UUID.randomUUID();
        userBanned(user, name, moderator);
        JsonObject ban = awaitSaga(user, "ban", s -> true);
        assertEquals(List.of("identity", "content", "search"),
                ban.getJsonArray("steps").stream().map(v -> v.asJsonObject().getString("context")).toList());

        userUnbanned(user, moderator);
        awaitSaga(user, "ban", s -> s.getString("status").equals("superseded"));
        JsonObject unban = awaitSaga(user, "unban", s -> true);
        UUID id = UUID.fromString(unban.getString("id"));
        for (String context : List.of("identity", "content", "search")) {
            answer(context, id, SagaAction.RESTORE, user, 1);
        }
        awaitSaga(user, "unban", s -> s.getString("status").equals("done"));
    }

    @Test
    void sagasAreTheOperatorsOnly() {
        Http anonymous = Http.to(LibertyServer.base());
        assertEquals(401, anonymous.get("/sagas").statusCode());
        assertEquals(401, anonymous.post("/sagas/" + UUID.randomUUID() + "/resume", null).statusCode());
        HttpResponse<String> unknown = operator.get("/sagas/" + UUID.randomUUID());
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(400, operator.get("/sagas?status=bored").statusCode());
        assertEquals(400, operator.get("/sagas?user=nobody").statusCode());
        assertEquals(404, operator.post("/sagas/" + UUID.randomUUID() + "/resume", null).statusCode());
    }

    /** An event as its context's outbox writes it (the payload by hand: the test's classpath has no JSON-B provider). */
    private static void send(String topic, String type, UUID subject, JsonObject data) {
        String context = type.substring(0, type.indexOf('.'));
        Topics.send(topic, CloudEvent.of(context, type, subject.toString(), data));
    }

    private static void userDeleted(UUID user, String username) {
        send("nova.user", UserDeleted.TYPE, user, jakarta.json.Json.createObjectBuilder().add("userId", user.toString())
                .add("username", username).add("deletedAt", Instant.now().toString()).build());
    }

    private static void userBanned(UUID user, String username, UUID moderator) {
        send("nova.user", UserBanned.TYPE, user, jakarta.json.Json.createObjectBuilder().add("userId", user.toString())
                .add("username", username).add("reason", "spam").addNull("until").add("bannedBy", moderator.toString())
                .add("bannedAt", Instant.now().toString()).build());
    }

    private static void userUnbanned(UUID user, UUID moderator) {
        send("nova.user", UserUnbanned.TYPE, user, jakarta.json.Json.createObjectBuilder().add("userId", user.toString())
                .add("unbannedBy", moderator.toString()).add("unbannedAt", Instant.now().toString()).build());
    }

    /** What context {@code step}'s SagaStep publishes when it has done its part. */
    private static void answer(String step, UUID saga, SagaAction action, UUID user, int attempt) {
        send("nova." + step, SagaStepCompleted.typeOf(step, action), user, jakarta.json.Json.createObjectBuilder()
                .add("sagaId", saga.toString()).add("step", step).add("action", action.name())
                .add("userId", user.toString()).add("attempt", attempt).add("completedAt", Instant.now().toString()).build());
    }

    private JsonObject awaitSaga(UUID user, String kind, java.util.function.Predicate<JsonObject> matches) {
        AtomicReference<JsonObject> found = new AtomicReference<>();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
            HttpResponse<String> list = operator.get("/sagas?user=" + user);
            if (list.statusCode() != 200) {
                return false;
            }
            JsonArray sagas = Json.readArray(list.body());
            for (int i = 0; i < sagas.size(); i++) {
                JsonObject saga = sagas.getJsonObject(i);
                if (saga.getString("kind").equals(kind) && matches.test(saga)) {
                    found.set(saga);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }

    private static JsonObject step(JsonObject saga, String context) {
        return saga.getJsonArray("steps").stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("context").equals(context)).findFirst().orElseThrow();
    }

    /** A JSON array body. */
    private static final class Json {
        static JsonArray readArray(String body) {
            try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
                return reader.readArray();
            }
        }
    }
}
