package nova.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nova.system.CommunicationSystem.RealtimeClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, real-time delivery over the communication server's WebSocket ({@code /realtime}), with the JDK's
 * WebSocket client: a message sent through the gateway is pushed to every open connection of the recipient, a read
 * receipt back to the sender; a reconnecting client catches up from the last message it saw; a revoked session's
 * connection is closed; no token, no feed.
 */
class RealtimeIT {

    static final Duration PUSH = Duration.ofSeconds(15);

    @Test
    void aMessageIsPushedToEveryConnectionOfTheRecipientAndTheReceiptBack() throws Exception {
        Members.Member ada = Members.newcomer("rta");
        Members.Member bob = Members.newcomer("rtb");
        String id = MessagingIT.awaitStart(ada, bob.id()).getString("id");
        try (RealtimeClient phone = RealtimeClient.ready(bob.accessToken(), null);
             RealtimeClient laptop = RealtimeClient.ready(bob.loggedInAgain().accessToken(), null);
             RealtimeClient adas = RealtimeClient.ready(ada.accessToken(), null)) {
            String messageId = CommunicationSystem.send(ada, id, "pushed to you").getString("id");
            for (RealtimeClient device : new RealtimeClient[] {phone, laptop}) {
                JsonObject frame = device.await("message", d -> d.getString("messageId").equals(messageId), PUSH);
                assertNotNull(frame, "each of bob's connections gets the message");
                assertEquals("pushed to you", frame.getJsonObject("data").getString("text"));
                assertEquals(id, frame.getJsonObject("data").getString("conversationId"));
            }
            bob.execute(CommunicationSystem.MARK_READ, Map.of("conversationId", id)).data("markConversationRead");
            JsonObject receipt = adas.await("read", d -> d.getString("readerId").equals(bob.id()), PUSH);
            assertNotNull(receipt, "ada gets bob's read receipt");
            assertEquals(messageId, receipt.getJsonObject("data").getString("upToMessageId"));
            phone.send("{\"type\":\"ping\"}");
            assertNotNull(phone.await("pong", d -> true, PUSH), "a ping is answered");
        }
    }

    @Test
    void aReconnectingClientCatchesUpFromTheLastMessageItSaw() throws Exception {
        Members.Member ada = Members.newcomer("rtc");
        Members.Member bob = Members.newcomer("rtd");
        String id = MessagingIT.awaitStart(ada, bob.id()).getString("id");
        String seen;
        try (RealtimeClient bobs = RealtimeClient.ready(bob.accessToken(), null)) {
            seen = CommunicationSystem.send(ada, id, "before the tunnel").getString("id");
            assertNotNull(bobs.await("message", d -> d.getString("messageId").equals(seen), PUSH));
        }
        String missed1 = CommunicationSystem.send(ada, id, "while you were away 1").getString("id");
        String missed2 = CommunicationSystem.send(ada, id, "while you were away 2").getString("id");
        try (RealtimeClient again = RealtimeClient.ready(bob.accessToken(), seen)) {
            JsonObject first = again.await("message", d -> d.getString("messageId").equals(missed1), PUSH);
            JsonObject second = again.await("message", d -> d.getString("messageId").equals(missed2), PUSH);
            assertNotNull(first, "the first missed message, caught up");
            assertNotNull(second, "the second, after it");
            assertEquals("while you were away 2", second.getJsonObject("data").getString("text"));
        }
    }

    @Test
    void aRevokedSessionsConnectionIsClosedAndNoTokenGetsNoFeed() throws Exception {
        Members.Member bob = Members.newcomer("rte");
        RealtimeClient bobs = RealtimeClient.ready(bob.accessToken(), null);
        assertTrue(bob.execute("mutation { logout }").errors().isEmpty());
        assertEquals(4403, bobs.closed.get(20, TimeUnit.SECONDS), "closed as session revoked");

        RealtimeClient anonymous = RealtimeClient.connect(null, null);
        assertEquals(4401, anonymous.closed.get(15, TimeUnit.SECONDS));
        RealtimeClient forged = RealtimeClient.connect(bob.accessToken().substring(0, bob.accessToken().length() - 4) + "AAAA", null);
        assertEquals(4401, forged.closed.get(15, TimeUnit.SECONDS));
        // the revoked session's token is refused from the start
        RealtimeClient revoked = RealtimeClient.connect(bob.accessToken(), null);
        assertEquals(4401, revoked.closed.get(15, TimeUnit.SECONDS));
    }
}
