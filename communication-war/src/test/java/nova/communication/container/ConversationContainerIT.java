package nova.communication.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nova.contracts.social.BlockCreated;
import nova.contracts.social.FollowCreated;
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
 * Conversations over REST with members, policies and blocks from the user and social contexts' events on the real
 * topics: nobody outside a conversation reads or writes it (404, nothing changes), the recipient's message policy and
 * blocks are asked, message status and unread counts follow reading, pages are keyset.
 */
@InContainer
class ConversationContainerIT {

    private final Database communication = Database.of("communication");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void playIdentitysKeys() {
        Fixture.tokens();
    }

    static JsonObject text(String text) {
        return Json.createObjectBuilder().add("text", text).build();
    }

    @Test
    void aDirectConversationIsItsTwoMembersAloneAndReadingItClearsTheUnreadCount() throws Exception {
        UUID ada = Fixture.member("Ada");
        UUID bob = Fixture.member("Bob");
        UUID eve = Fixture.member("Eve");
        Fixture.awaitMembers(communication, ada, bob, eve);

        HttpResponse<String> started = Fixture.as(ada).post("/conversations", Fixture.ids("memberIds", bob));
        assertEquals(201, started.statusCode(), started.body());
        String id = Http.json(started).getString("id");
        assertEquals("direct", Http.json(started).getString("kind"));
        HttpResponse<String> again = Fixture.as(bob).post("/conversations", Fixture.ids("memberIds", ada));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(id, Http.json(again).getString("id"));

        JsonObject sent;
        try (TopicReader published = new TopicReader("nova.communication")) {
            HttpResponse<String> send = Fixture.as(ada).post("/conversations/" + id + "/messages", text("hello Bob"));
            assertEquals(201, send.statusCode(), send.body());
            sent = Http.json(send);
            assertEquals("sent", sent.getString("status"));
            published.await("communication.message.sent", id,
                    data -> data.getString("messageId").equals(sent.getString("id"))
                            && data.getJsonArray("recipientIds").getString(0).equals(bob.toString()));
        }

        // Eve is not in it: 404 for every path, and nothing she tried is stored
        Http eveHttp = Fixture.as(eve);
        assertEquals(404, eveHttp.get("/conversations/" + id).statusCode());
        assertEquals(404, eveHttp.get("/conversations/" + id + "/messages").statusCode());
        HttpResponse<String> intrusion = eveHttp.post("/conversations/" + id + "/messages", text("let me in"));
        assertEquals(404, intrusion.statusCode());
        assertEquals("not-found", Http.problem(intrusion));
        assertEquals(404, eveHttp.post("/conversations/" + id + "/read", Json.createObjectBuilder().build()).statusCode());
        assertEquals(404, eveHttp.post("/conversations/" + id + "/members", Fixture.ids("userIds", eve)).statusCode());
        assertEquals(1, communication.count("SELECT count(*) FROM messages WHERE conversation_id = ?::uuid", id));
        assertEquals(2, communication.count("SELECT count(*) FROM conversation_members WHERE conversation_id = ?::uuid", id));
        assertEquals(0, Http.json(eveHttp.get("/conversations")).getJsonArray("items").size());

        Http bobHttp = Fixture.as(bob);
        JsonObject unread = Http.json(bobHttp.get("/unread"));
        assertEquals(1, unread.getJsonNumber("messages").longValue());
        assertEquals(1, unread.getJsonNumber("conversations").longValue());
        JsonObject messages = Http.json(bobHttp.get("/conversations/" + id + "/messages"));
        assertEquals("hello Bob", messages.getJsonArray("items").getJsonObject(0).getString("text"));

        HttpResponse<String> read = bobHttp.post("/conversations/" + id + "/read",
                Json.createObjectBuilder().add("messageId", sent.getString("id")).build());
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(0, Http.json(read).getJsonNumber("unreadCount").longValue());
        assertEquals(0, Http.json(bobHttp.get("/unread")).getJsonNumber("messages").longValue());
        JsonObject seen = Http.json(Fixture.as(ada).get("/conversations/" + id + "/messages"));
        assertEquals("read", seen.getJsonArray("items").getJsonObject(0).getString("status"));
    }

    @Test
    void theRecipientsPolicyAndBlocksDecideAndARefusalStoresNothing() {
        UUID ada = Fixture.member("Ada");
        UUID closed = Fixture.member("Nobody's");
        UUID picky = Fixture.member("Picky");
        UUID blocker = Fixture.member("Blocker");
        Fixture.awaitMembers(communication, ada, closed, picky, blocker);
        Fixture.settings(closed, "nobody", Map.of(), Map.of());
        Fixture.settings(picky, "followers", Map.of(), Map.of());
        Topics.send("nova.social", Fixture.event("social", new BlockCreated(blocker, ada, Fixture.now())));
        communication.awaitCount(2, Duration.ofSeconds(30),
                "SELECT count(*) FROM members WHERE user_id IN (?, ?) AND message_policy <> 'everyone'", closed, picky);
        communication.awaitCount(1, Duration.ofSeconds(30), "SELECT count(*) FROM blocks WHERE blocker_id = ?", blocker);
        Http adaHttp = Fixture.as(ada);

        HttpResponse<String> toClosed = adaHttp.post("/conversations", Fixture.ids("memberIds", closed));
        assertEquals(403, toClosed.statusCode(), toClosed.body());
        assertEquals("messaging-not-allowed", Http.problem(toClosed));
        HttpResponse<String> toPicky = adaHttp.post("/conversations", Fixture.ids("memberIds", picky));
        assertEquals(403, toPicky.statusCode(), toPicky.body());
        HttpResponse<String> toBlocker = adaHttp.post("/conversations", Fixture.ids("memberIds", blocker));
        assertEquals(404, toBlocker.statusCode(), toBlocker.body());
        assertEquals(404, adaHttp.post("/conversations", Fixture.ids("memberIds", UUID.randomUUID())).statusCode());
        // a group with one member who refuses is refused whole
        assertEquals(403, adaHttp.post("/conversations", Fixture.ids("memberIds", picky, closed)).statusCode());
        assertEquals(0, communication.count("SELECT count(*) FROM conversation_members WHERE user_id = ?", ada));

        Topics.send("nova.social", Fixture.event("social", new FollowCreated(ada, picky, Fixture.now())));
        communication.awaitCount(1, Duration.ofSeconds(30), "SELECT count(*) FROM follows WHERE follower_id = ?", ada);
        HttpResponse<String> followed = adaHttp.post("/conversations", Fixture.ids("memberIds", picky));
        assertEquals(201, followed.statusCode(), followed.body());

        // picky closes up later: the next message is refused and not stored
        String id = Http.json(followed).getString("id");
        Fixture.settings(picky, "nobody", Map.of(), Map.of());
        communication.awaitCount(1, Duration.ofSeconds(30),
                "SELECT count(*) FROM members WHERE user_id = ? AND message_policy = 'nobody'", picky);
        assertEquals(403, adaHttp.post("/conversations/" + id + "/messages", text("still there?")).statusCode());
        assertEquals(0, communication.count("SELECT count(*) FROM messages WHERE conversation_id = ?::uuid", id));
    }

    @Test
    void groupsHaveACapAndPagesAreKeyset() {
        UUID ada = Fixture.member("Ada");
        UUID b = Fixture.member("B");
        UUID c = Fixture.member("C");
        UUID d = Fixture.member("D");
        UUID e = Fixture.member("E");
        Fixture.awaitMembers(communication, ada, b, c, d, e);
        Http adaHttp = Fixture.as(ada);

        // the test server's cap is 4 members, the creator included
        HttpResponse<String> tooMany = adaHttp.post("/conversations", Fixture.ids("memberIds", b, c, d, e));
        assertEquals(409, tooMany.statusCode(), tooMany.body());
        HttpResponse<String> group = adaHttp.post("/conversations",
                Json.createObjectBuilder(Fixture.ids("memberIds", b, c)).add("title", "plans").build());
        assertEquals(201, group.statusCode(), group.body());
        String id = Http.json(group).getString("id");
        assertEquals("group", Http.json(group).getString("kind"));
        assertEquals(200, adaHttp.post("/conversations/" + id + "/members", Fixture.ids("userIds", d)).statusCode());
        assertEquals(409, adaHttp.post("/conversations/" + id + "/members", Fixture.ids("userIds", e)).statusCode());
        assertEquals(400, adaHttp.post("/conversations/" + id + "/messages", Json.createObjectBuilder().build()).statusCode());

        for (int i = 1; i <= 3; i++) {
            assertEquals(201, adaHttp.post("/conversations/" + id + "/messages", text("m" + i)).statusCode());
        }
        JsonObject first = Http.json(Fixture.as(b).get("/conversations/" + id + "/messages?limit=2"));
        assertEquals("m3", first.getJsonArray("items").getJsonObject(0).getString("text"));
        assertEquals("m2", first.getJsonArray("items").getJsonObject(1).getString("text"));
        JsonObject second = Http.json(Fixture.as(b).get("/conversations/" + id + "/messages?limit=2&after="
                + first.getString("nextCursor")));
        assertEquals(1, second.getJsonArray("items").size());
        assertEquals("m1", second.getJsonArray("items").getJsonObject(0).getString("text"));
        assertTrue(second.isNull("nextCursor"));
        assertEquals(3, Http.json(Fixture.as(d).get("/unread")).getJsonNumber("messages").longValue());

        // leaving: the conversation is gone for the one who left, and so are its unread messages
        assertEquals(204, Fixture.as(d).send("DELETE", "/conversations/" + id + "/members/me", null).statusCode());
        assertEquals(404, Fixture.as(d).get("/conversations/" + id).statusCode());
        assertEquals(0, Http.json(Fixture.as(d).get("/unread")).getJsonNumber("messages").longValue());
    }
}
