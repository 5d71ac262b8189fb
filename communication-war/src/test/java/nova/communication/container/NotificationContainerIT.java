package nova.communication.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nova.contracts.content.CommentCreated;
import nova.contracts.social.BlockCreated;
import nova.contracts.social.FollowCreated;
import nova.contracts.social.LikeCreated;
import nova.testsupport.Database;
import nova.testsupport.Deployments;
import nova.testsupport.Http;
import nova.testsupport.InContainer;
import nova.testsupport.TopicReader;
import nova.testsupport.Topics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Notifications from social's and content's events on the real topics: grouped while unread, counted, read one by one
 * or all at once, published as {@code communication.notification.sent}; the member's settings, blocks and other
 * members' notifications respected.
 */
@InContainer
class NotificationContainerIT {

    private final Database communication = Database.of("communication");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void playIdentitysKeys() {
        Fixture.tokens();
    }

    void awaitNotified(UUID recipient, long groups, int actors) {
        communication.awaitCount(groups, Duration.ofSeconds(60), """
                SELECT count(*) FROM notifications n WHERE recipient_id = ?
                AND (SELECT count(*) FROM notification_actors a WHERE a.notification_id = n.id) = n.actor_count""",
                recipient);
        communication.awaitCount(actors, Duration.ofSeconds(60),
                "SELECT coalesce(sum(actor_count), 0) FROM notifications WHERE recipient_id = ?", recipient);
    }

    @Test
    void likesOfOnePostAreOneNotificationUntilRead() throws Exception {
        UUID author = Fixture.member("Ada");
        UUID bob = Fixture.member("Bob");
        UUID cy = Fixture.member("Cy");
        UUID dee = Fixture.member("Dee");
        UUID post = UUID.randomUUID();
        Fixture.awaitMembers(communication, author, bob, cy, dee);
        try (TopicReader published = new TopicReader("nova.communication")) {
            for (UUID liker : List.of(bob, cy, dee)) {
                Topics.send("nova.social", Fixture.event("social", new LikeCreated(post, author, liker, Fixture.now())));
            }
            awaitNotified(author, 1, 3);

            Http ada = Fixture.as(author);
            JsonObject page = Http.json(ada.get("/notifications"));
            assertEquals(1, page.getJsonArray("items").size());
            JsonObject grouped = page.getJsonArray("items").getJsonObject(0);
            assertEquals("like", grouped.getString("type"));
            assertEquals(post.toString(), grouped.getString("targetId"));
            assertEquals(3, grouped.getInt("actorCount"));
            assertEquals(dee.toString(), grouped.getJsonArray("actorIds").getString(0));
            assertEquals("Dee and 2 others liked your post", grouped.getString("text"));
            assertEquals(1, Http.json(ada.get("/unread")).getJsonNumber("notifications").longValue());
            published.await("communication.notification.sent", author.toString(),
                    data -> data.getInt("actorCount") == 3 && data.getString("notificationId").equals(grouped.getString("id")));

            HttpResponse<String> read = ada.post("/notifications/" + grouped.getString("id") + "/read", null);
            assertEquals(200, read.statusCode(), read.body());
            assertTrue(Http.json(read).getBoolean("read"));
            assertEquals(0, Http.json(ada.get("/unread")).getJsonNumber("notifications").longValue());

            // a like after reading starts a new group
            UUID eve = Fixture.member("Eve");
            Fixture.awaitMembers(communication, eve);
            Topics.send("nova.social", Fixture.event("social", new LikeCreated(post, author, eve, Fixture.now())));
            awaitNotified(author, 2, 4);
            JsonObject again = Http.json(ada.get("/notifications?unread=true"));
            assertEquals(1, again.getJsonArray("items").size());
            assertEquals("Eve liked your post", again.getJsonArray("items").getJsonObject(0).getString("text"));
        }
    }

    @Test
    void pagesAreKeysetAndReadAllClearsTheCount() {
        UUID author = Fixture.member("Fay");
        for (int i = 0; i < 3; i++) {
            Topics.send("nova.social", Fixture.event("social", new FollowCreated(Fixture.member("F" + i), author, Fixture.now())),
                    Fixture.event("social", new LikeCreated(UUID.randomUUID(), author, Fixture.member("L" + i), Fixture.now())));
        }
        awaitNotified(author, 4, 6);
        Http fay = Fixture.as(author);

        JsonObject first = Http.json(fay.get("/notifications?limit=3"));
        assertEquals(3, first.getJsonArray("items").size());
        JsonObject second = Http.json(fay.get("/notifications?limit=3&after=" + first.getString("nextCursor")));
        assertEquals(1, second.getJsonArray("items").size());
        assertTrue(!second.containsKey("nextCursor") || second.isNull("nextCursor"), "the last page has no next cursor");
        assertEquals(400, fay.get("/notifications?limit=101").statusCode());
        assertEquals(400, fay.get("/notifications?after=forged").statusCode());

        HttpResponse<String> all = fay.post("/notifications/read", null);
        assertEquals(200, all.statusCode(), all.body());
        assertEquals(0, Http.json(all).getJsonNumber("notifications").longValue());
        assertEquals(0, communication.count("SELECT count(*) FROM notifications WHERE recipient_id = ? AND read_at IS NULL", author));
    }

    @Test
    void settingsBlocksAndOneselfAreRespected() {
        UUID quiet = Fixture.member("Gus");
        UUID blocker = Fixture.member("Hal");
        UUID stranger = Fixture.member("Ivy");
        Fixture.settings(quiet, "everyone", Map.of("follow", true, "like", false, "reply", true), Map.of());
        communication.awaitCount(1, Duration.ofSeconds(30),
                "SELECT count(*) FROM members WHERE user_id = ? AND notifications LIKE '%\"like\":false%'", quiet);
        Topics.send("nova.social", Fixture.event("social", new BlockCreated(blocker, stranger, Fixture.now())));
        // the block is keyed by the blocker, the events below by others: they may be read first otherwise
        communication.awaitCount(1, Duration.ofSeconds(30),
                "SELECT count(*) FROM blocks WHERE blocker_id = ? AND blocked_id = ?", blocker, stranger);
        UUID post = UUID.randomUUID();
        Topics.send("nova.social",
                Fixture.event("social", new LikeCreated(post, quiet, stranger, Fixture.now())),      // like: off
                Fixture.event("social", new FollowCreated(stranger, blocker, Fixture.now())),        // blocked
                Fixture.event("social", new LikeCreated(post, stranger, stranger, Fixture.now())),   // oneself
                Fixture.event("social", new FollowCreated(stranger, quiet, Fixture.now())));         // notified
        Topics.send("nova.content", Fixture.event("content", new CommentCreated(UUID.randomUUID(), stranger, "post",
                post, quiet, null, null, "nice", Fixture.now())));                                    // reply: on

        awaitNotified(quiet, 2, 2);
        assertEquals(0, communication.count("SELECT count(*) FROM notifications WHERE recipient_id = ? AND type = 'like'", quiet));
        assertEquals(0, communication.count("SELECT count(*) FROM notifications WHERE recipient_id = ?", blocker));
        assertEquals(0, communication.count("SELECT count(*) FROM notifications WHERE recipient_id = ?", stranger));
        JsonObject page = Http.json(Fixture.as(quiet).get("/notifications"));
        assertEquals(List.of("comment", "follow"), page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("type")).sorted().toList());
    }

    @Test
    void severalAreMarkedReadInOneCallAllOrNone() {
        UUID owner = Fixture.member("Lu");
        UUID other = Fixture.member("Mo");
        Topics.send("nova.social",
                Fixture.event("social", new FollowCreated(Fixture.member("Ned"), owner, Fixture.now())),
                Fixture.event("social", new LikeCreated(UUID.randomUUID(), owner, Fixture.member("Oz"), Fixture.now())),
                Fixture.event("social", new LikeCreated(UUID.randomUUID(), owner, Fixture.member("Pia"), Fixture.now())),
                Fixture.event("social", new FollowCreated(Fixture.member("Quin"), other, Fixture.now())));
        awaitNotified(owner, 3, 3);
        awaitNotified(other, 1, 1);
        Http lu = Fixture.as(owner);
        List<String> mine = Http.json(lu.get("/notifications")).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(n -> n.getString("id")).toList();
        String theirs = Http.json(Fixture.as(other).get("/notifications")).getJsonArray("items").getJsonObject(0).getString("id");

        HttpResponse<String> mixed = lu.post("/notifications/read-many", Fixture.ids("ids",
                UUID.fromString(mine.get(0)), UUID.fromString(theirs)));
        assertEquals(404, mixed.statusCode(), mixed.body());
        assertEquals("not-found", Http.problem(mixed));
        assertEquals(3, communication.count("SELECT count(*) FROM notifications WHERE recipient_id = ? AND read_at IS NULL", owner),
                "none marked when one is not the caller's");
        assertEquals(1, communication.count("SELECT count(*) FROM notifications WHERE recipient_id = ? AND read_at IS NULL", other));

        HttpResponse<String> two = lu.post("/notifications/read-many", Fixture.ids("ids",
                UUID.fromString(mine.get(0)), UUID.fromString(mine.get(1)), UUID.fromString(mine.get(0))));
        assertEquals(200, two.statusCode(), two.body());
        assertEquals(1, Http.json(two).getJsonNumber("notifications").longValue());
        assertEquals(1, communication.count("""
                SELECT count(*) FROM notifications WHERE recipient_id = ? AND read_at IS NULL AND id = ?::uuid""",
                owner, mine.get(2)));

        assertEquals(400, lu.post("/notifications/read-many", Fixture.ids("ids")).statusCode());
        assertEquals(400, lu.post("/notifications/read-many", jakarta.json.Json.createObjectBuilder().build()).statusCode());
        UUID[] tooMany = new UUID[101];
        java.util.Arrays.setAll(tooMany, i -> UUID.randomUUID());
        assertEquals(400, lu.post("/notifications/read-many", Fixture.ids("ids", tooMany)).statusCode());
        assertEquals(401, Http.to(nova.testsupport.LibertyServer.base()).post("/notifications/read-many",
                Fixture.ids("ids", UUID.fromString(mine.get(2)))).statusCode());
    }

    @Test
    void someoneElsesNotificationIsNotFoundAndStaysUnread() {
        UUID owner = Fixture.member("Jo");
        Topics.send("nova.social", Fixture.event("social", new FollowCreated(Fixture.member("Kim"), owner, Fixture.now())));
        awaitNotified(owner, 1, 1);
        String id = Http.json(Fixture.as(owner).get("/notifications")).getJsonArray("items").getJsonObject(0).getString("id");

        HttpResponse<String> other = Fixture.as(UUID.randomUUID()).post("/notifications/" + id + "/read", null);

        assertEquals(404, other.statusCode(), other.body());
        assertEquals("not-found", Http.problem(other));
        assertEquals(1, communication.count("SELECT count(*) FROM notifications WHERE id = ?::uuid AND read_at IS NULL", id));
        assertEquals(401, Http.to(nova.testsupport.LibertyServer.base()).get("/notifications").statusCode());
    }
}
