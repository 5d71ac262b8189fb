package nova.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Issue 20's account deletion saga, end to end: a member with posts, an article, a comment, follows both ways, likes,
 * a stored photo, messages, notifications and search entries asks for their account's deletion through the gateway;
 * when the grace period is over (the row's date moved to the past, as UserLifecycleIT does) the user context sends
 * {@code user.deleted}, events runs the saga, and every context is asked afterwards what it still holds of them:
 * nothing. Then a step that fails (media may not record the erasure: its role's INSERT on {@code erased_members} is
 * revoked, so its saga consumer dead-letters every request) leaves the saga stuck with the reason; once the fault is
 * gone, an operator resumes the saga through events' REST API and it is done.
 * <p>
 * The local profile answers a step in 15 s or asks again, three times (the launcher's NOVA_EVENTS_SAGA_*).
 */
// never beside another deletion-saga test class: it revokes media's right to record erasures, which sticks every deletion saga running meanwhile
@ResourceLock("nova.deletion-sagas")
public class AccountDeletionSagaIT {

    private static final Duration SAGA = Duration.ofSeconds(180);
    private static final Nova.Server USER = Backbone.server("user");

    @Test
    void aDeletedMemberLeavesNothingInAnyContext() throws Exception {
        Members.Member ada = Members.newcomer("erased");
        Members.Member bob = Members.newcomer("witness");
        String word = SearchSystem.word();

        byte[] photoBytes = MediaFiles.jpeg(ContentSystem.FRAMES + 800 + (int) (System.nanoTime() % 150));
        String photo = MediaSystem.upload(ada, "saga.jpg", photoBytes, null).getString("id");
        MediaSystem.awaitComplete(ada, photo);
        SocialSystem.relate(ada, SocialSystem.FOLLOW, bob);
        SocialSystem.relate(bob, SocialSystem.FOLLOW, ada);

        String adasPost = ContentSystem.post(ada, ContentSystem.postInput("saga " + word + " from ada",
                "mediaIds", List.of(photo))).getString("id");
        String bobsPost = ContentSystem.post(bob, ContentSystem.postInput("bob writes " + word)).getString("id");
        JsonObject comment = ada.execute(ContentSystem.ADD_COMMENT, Map.of("input",
                Map.of("targetType", "POST", "targetId", bobsPost, "text", "ada comments " + word))).data("addComment");
        SocialSystem.engage(ada, SocialSystem.LIKE, UUID.fromString(bobsPost));
        SocialSystem.engage(bob, SocialSystem.LIKE, UUID.fromString(adasPost));
        JsonObject conversation = CommunicationSystem.start(ada, bob.id());
        String conversationId = conversation.getString("id");
        CommunicationSystem.send(ada, conversationId, "ada says " + word);

        // everything has reached everyone before the deletion
        SocialSystem.awaitFeed(bob, feed -> feed.contains(adasPost));
        SearchSystem.awaitHits(bob, word, null, hits -> hits.contains(adasPost));
        await().atMost(Duration.ofSeconds(60)).until(() -> count("communication",
                "SELECT count(*) FROM notifications WHERE recipient_id = ?::uuid", ada.id()) > 0);
        assertEquals(List.of(ada.id()), SocialSystem.people(bob, SocialSystem.LIKERS, "likers", bobsPost));

        deleteAfterGrace(ada);
        JsonObject saga = awaitSaga(ada.id(), s -> s.getString("status").equals("done"));
        assertEquals("deletion", saga.getString("kind"));
        assertEquals(List.of("identity", "content", "social", "media", "communication", "search"), contexts(saga));

        // identity: no login, credentials gone
        assertTrue(Members.tryLogin(ada.username(), ada.password()).code().isPresent(), "ada cannot log in");
        assertEquals(0, count("identity", "SELECT count(*) FROM credentials WHERE id = ?::uuid AND email NOT LIKE '%@erased.invalid'", ada.id()));
        assertEquals(0, count("identity", "SELECT count(*) FROM sessions WHERE user_id = ?::uuid AND revoked_at IS NULL", ada.id()));
        // content: her post and comment are tombstones without text; nothing of hers is listed
        assertEquals(0, count("content", "SELECT count(*) FROM posts WHERE author_id = ?::uuid AND (state <> 'deleted' OR text <> '')", ada.id()));
        assertEquals(0, count("content", "SELECT count(*) FROM comments WHERE author_id = ?::uuid AND (state <> 'deleted' OR text <> '')", ada.id()));
        assertFalse(ContentSystem.nodes(bob.execute(ContentSystem.COMMENTS, Map.of("type", "POST", "id", bobsPost, "first", 100))
                .data("comments")).stream().anyMatch(c -> c.getString("text").contains(word) && c.getString("id").equals(comment.getString("id"))));
        // social: no follows either way, no like, not in bob's feed
        assertEquals(List.of(), SocialSystem.people(bob, SocialSystem.FOLLOWERS, "followers", bob.id()));
        assertEquals(List.of(), SocialSystem.people(bob, SocialSystem.FOLLOWING, "following", bob.id()));
        assertEquals(List.of(), SocialSystem.people(bob, SocialSystem.LIKERS, "likers", bobsPost));
        SocialSystem.awaitFeed(bob, feed -> !feed.contains(adasPost));
        assertEquals(0, count("social", "SELECT count(*) FROM likes WHERE user_id = ?::uuid", ada.id()));
        // media: no file left, and its bytes are off the disk
        assertEquals(0, MediaSystem.rows(ada.id()));
        await().atMost(Duration.ofSeconds(30)).until(() -> !MediaSystem.stored(photoBytes));
        // communication: her message has no text, her notifications and tokens are gone
        assertEquals(0, count("communication", "SELECT count(*) FROM messages WHERE sender_id = ?::uuid AND text IS NOT NULL", ada.id()));
        assertEquals(0, count("communication", "SELECT count(*) FROM notifications WHERE recipient_id = ?::uuid", ada.id()));
        assertEquals(0, count("communication", "SELECT count(*) FROM push_tokens WHERE user_id = ?::uuid", ada.id()));
        assertFalse(bob.execute(CommunicationSystem.MESSAGES, Map.of("conversationId", conversationId)).data("messages")
                .getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> !m.isNull("text") && m.getString("text").contains(word)));
        // search: nothing of hers is found
        SearchSystem.awaitHits(bob, word, null, hits -> !hits.contains(adasPost));
        assertEquals(List.of(bobsPost), SearchSystem.hits(bob, word, null, null));
        // every context remembers her as erased: a replayed event about her is passed over
        for (String context : List.of("identity", "content", "social", "media", "communication", "search")) {
            assertEquals(1, count(context, "SELECT count(*) FROM erased_members WHERE user_id = ?::uuid", ada.id()), context);
        }
    }

    @Test
    void aFailingStepIsRetriedThenStuckThenResumedByAnOperator() throws Exception {
        Members.Member carl = Members.newcomer("stuck");
        DataSource media = Backbone.database(Backbone.server("media"));
        execute(media, "REVOKE INSERT ON erased_members FROM nova_media");
        JsonObject stuck;
        try {
            deleteAfterGrace(carl);
            stuck = awaitSaga(carl.id(), s -> s.getString("status").equals("stuck"));
            JsonObject step = step(stuck, "media");
            assertEquals("stuck", step.getString("status"));
            assertTrue(step.getInt("attempt") >= 3, step.toString());
            assertTrue(step.getString("reason").startsWith("no answer from media after 3 attempt(s)"), step.getString("reason"));
            for (String context : List.of("identity", "content", "social", "communication", "search")) {
                assertEquals("done", step(awaitSaga(carl.id(), s -> step(s, context).getString("status").equals("done")),
                        context).getString("status"), context);
            }
        } finally {
            execute(media, "GRANT INSERT ON erased_members TO nova_media");
        }
        HttpResponse<String> refused = Backbone.as("POST", "/sagas/" + stuck.getString("id") + "/resume", "Bearer " + carl.accessToken());
        assertEquals(401, refused.statusCode(), "a member's token (of a deleted account, too) resumes nothing");

        HttpResponse<String> resumed = Backbone.admin("POST", "/sagas/" + stuck.getString("id") + "/resume");
        assertEquals(200, resumed.statusCode(), resumed.body());
        JsonObject done = awaitSaga(carl.id(), s -> s.getString("status").equals("done"));
        assertEquals(Nova.env("NOVA_ADMIN_USER"), done.getString("resumedBy"));
        assertEquals("done", step(done, "media").getString("status"));
        assertEquals(1, count("media", "SELECT count(*) FROM erased_members WHERE user_id = ?::uuid", carl.id()));
    }

    /** Asks for the deletion through the gateway and ends the grace period at once (the user context's clock is the row's date). */
    private static void deleteAfterGrace(Members.Member member) throws Exception {
        JsonObject scheduled = member.execute("mutation { scheduleAccountDeletion { state } }").data("scheduleAccountDeletion");
        assertEquals("DELETION_SCHEDULED", scheduled.getString("state"));
        assertEquals(1, execute(Backbone.database(USER), """
                UPDATE users SET deletion_effective_at = now() - interval '1 second'
                WHERE id = '%s'::uuid AND status = 'deletion_scheduled'""".formatted(UUID.fromString(member.id()))));
    }

    private static JsonObject awaitSaga(String userId, Predicate<JsonObject> matches) {
        AtomicReference<JsonObject> found = new AtomicReference<>();
        await().atMost(SAGA).pollInterval(Duration.ofSeconds(1)).until(() -> {
            HttpResponse<String> answer = Backbone.admin("GET", "/sagas?user=" + userId);
            if (answer.statusCode() != 200) {
                return false;
            }
            JsonArray sagas = Backbone.jsonArray(answer.body());
            for (JsonObject saga : sagas.getValuesAs(JsonObject.class)) {
                if (saga.getString("kind").equals("deletion") && matches.test(saga)) {
                    found.set(saga);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }

    private static List<String> contexts(JsonObject saga) {
        return saga.getJsonArray("steps").getValuesAs(JsonObject.class).stream().map(s -> s.getString("context")).toList();
    }

    private static JsonObject step(JsonObject saga, String context) {
        return saga.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("context").equals(context)).findFirst().orElseThrow();
    }

    private static long count(String context, String sql, String userId) throws SQLException {
        return Backbone.count(Backbone.database(Backbone.server(context)), sql, userId);
    }

    private static int execute(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            return s.executeUpdate();
        }
    }
}
