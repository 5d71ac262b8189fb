package nova.system;

import static nova.system.CommunicationSystem.awaitField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, notifications from other contexts' events, read through the gateway: two follows become one grouped
 * notification, a mention in a post one of its own; marking read brings the unread count down. The follows and the
 * post are made at the social and content servers directly (their GraphQL operations are other engineers' slices).
 */
class NotificationsIT {

    static final Nova.Server SOCIAL = Backbone.server("social");
    static final Nova.Server CONTENT = Backbone.server("content");

    @Test
    void twoFollowsAreOneGroupedNotificationAndMarkingItReadCountsDown() throws Exception {
        Members.Member bob = Members.newcomer("ntb");
        Members.Member ada = Members.newcomer("nta");
        Members.Member cara = Members.newcomer("ntc");
        follow(ada, bob);
        follow(cara, bob);
        JsonObject page = awaitField(bob, CommunicationSystem.NOTIFICATIONS, Map.of(), "notifications",
                p -> follows(p).map(n -> n.getInt("actorCount") == 2).orElse(false));
        JsonObject group = follows(page).orElseThrow();
        assertEquals(1, page.getJsonArray("nodes").stream().map(JsonObject.class::cast)
                .filter(n -> n.getString("type").equals("follow")).count(), "one group, not two notifications");
        assertEquals(List.of(cara.id(), ada.id()), Members.strings(group, "actorIds"), "the most recent actor first");
        assertEquals(false, group.getBoolean("read"));
        int unread = CommunicationSystem.unread(bob).getInt("notifications");
        assertTrue(unread >= 1);

        JsonObject after = bob.execute(CommunicationSystem.MARK_NOTIFICATIONS_READ, Map.of("ids", List.of(group.getString("id"))))
                .data("markNotificationsRead");
        assertEquals(unread - 1, after.getInt("notifications"));
        assertEquals("NOT_FOUND", ada.execute(CommunicationSystem.MARK_NOTIFICATIONS_READ,
                Map.of("ids", List.of(group.getString("id")))).code().orElse(""), "someone else's notification");
    }

    @Test
    void aMentionIsNotifiedAndAllCanBeMarkedRead() throws Exception {
        Members.Member bob = Members.newcomer("ntm");
        Members.Member ada = Members.newcomer("ntn");
        HttpResponse<String> post = Nova.HTTP.send(HttpRequest.newBuilder(CONTENT.http("/posts"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + ada.accessToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hello @" + bob.username() + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, post.statusCode(), post.body());
        String postId = Nova.json(post.body()).getString("id");
        JsonObject page = awaitField(bob, CommunicationSystem.NOTIFICATIONS, Map.of(), "notifications",
                p -> p.getJsonArray("nodes").stream().map(JsonObject.class::cast)
                        .anyMatch(n -> n.getString("type").equals("mention") && postId.equals(n.getString("targetId", null))));
        assertTrue(page.getJsonArray("nodes").size() >= 1);
        JsonObject all = bob.execute(CommunicationSystem.MARK_NOTIFICATIONS_READ, Map.of()).data("markNotificationsRead");
        assertEquals(0, all.getInt("notifications"));
    }

    static Optional<JsonObject> follows(JsonObject page) {
        return page.getJsonArray("nodes").stream().map(JsonObject.class::cast)
                .filter(n -> n.getString("type").equals("follow") && !n.getBoolean("read")).findFirst();
    }

    /** {@code follower} follows {@code followee} at the social server (once social knows both: they arrive as events). */
    static void follow(Members.Member follower, Members.Member followee) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            HttpResponse<String> answer = Nova.HTTP.send(HttpRequest.newBuilder(
                            SOCIAL.http("/relationships/" + followee.id() + "/follow")).timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + follower.accessToken())
                    .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200;
        });
    }
}
