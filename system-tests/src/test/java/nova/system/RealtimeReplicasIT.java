package nova.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import nova.system.CommunicationSystem.RealtimeClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Issue 18, real-time delivery with two replicas of the communication server: {@code communication-2} (started here
 * with {@code ./nova up communication-2}: the same WAR and database, ports 9089/9452, its own process) holds the
 * WebSocket while the gateway sends through {@code communication} (9086). What one replica stored reaches a member
 * connected to the other through the broker (each replica reads {@code nova.communication} in a group of its own),
 * and a client reconnecting to the other replica catches up from the shared database.
 */
// alone, no other test class beside it (parallel system tests, see system-tests/pom.xml): it starts and stops a second communication server: its consumer groups rebalance under everyone's events
@Isolated
class RealtimeReplicasIT {

    static final int REPLICA_2 = 9089;
    static final Duration PUSH = Duration.ofSeconds(20);

    @BeforeAll
    static void startTheSecondReplica() throws Exception {
        Backbone.launcher("up", "--no-build", "communication-2");
        // ready means HTTP is served; its real-time consumer (a new group, from the newest record) may take a few
        // seconds more to be given its partitions. Until then a live push is missed there (a reconnect catches up):
        // wait until one arrives before the tests measure anything
        Members.Member ada = Members.newcomer("rrw");
        Members.Member bob = Members.newcomer("rrx");
        String id = MessagingIT.awaitStart(ada, bob.id()).getString("id");
        try (RealtimeClient bobOn2 = RealtimeClient.ready(REPLICA_2, bob.accessToken(), null)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (true) {
                String probe = CommunicationSystem.send(ada, id, "warming up").getString("id");
                if (bobOn2.await("message", d -> d.getString("messageId").equals(probe), Duration.ofSeconds(3)) != null) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("communication-2 pushed nothing within 90 s of being ready");
                }
            }
        }
    }

    @AfterAll
    static void stopTheSecondReplica() throws Exception {
        Backbone.launcher("down", "communication-2");
    }

    @Test
    void twoReplicasAreTwoProcessesOfOneContext() throws Exception {
        long first = Backbone.pid(Backbone.serverPidFile("communication"));
        long second = Backbone.pid(Backbone.serverPidFile("communication-2"));
        assertNotEquals(first, second);
        assertEquals(200, Nova.HTTP.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + REPLICA_2 + "/health/ready")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(true, Files.exists(Backbone.serverPidFile("communication-2")));
    }

    @Test
    void aMessageSentThroughOneReplicaReachesAConnectionOnTheOtherAndItsReceiptComesBack() throws Exception {
        Members.Member ada = Members.newcomer("rra");
        Members.Member bob = Members.newcomer("rrb");
        String id = MessagingIT.awaitStart(ada, bob.id()).getString("id");
        try (RealtimeClient bobOn2 = RealtimeClient.ready(REPLICA_2, bob.accessToken(), null);
             RealtimeClient bobOn1 = RealtimeClient.ready(bob.loggedInAgain().accessToken(), null);
             RealtimeClient adaOn2 = RealtimeClient.ready(REPLICA_2, ada.accessToken(), null)) {
            // the gateway's send is served by communication (9086); bob listens on communication-2 too
            String messageId = CommunicationSystem.send(ada, id, "across replicas").getString("id");
            JsonObject frame = bobOn2.await("message", d -> d.getString("messageId").equals(messageId), PUSH);
            assertNotNull(frame, "the connection on the other replica gets the message");
            assertEquals("across replicas", frame.getJsonObject("data").getString("text"));
            assertNotNull(bobOn1.await("message", d -> d.getString("messageId").equals(messageId), PUSH),
                    "and the connection on the replica that stored it");

            bob.execute(CommunicationSystem.MARK_READ, Map.of("conversationId", id)).data("markConversationRead");
            JsonObject receipt = adaOn2.await("read", d -> d.getString("readerId").equals(bob.id()), PUSH);
            assertNotNull(receipt, "ada, on the other replica, gets bob's read receipt");
            assertEquals(messageId, receipt.getJsonObject("data").getString("upToMessageId"));
        }
    }

    @Test
    void aClientReconnectingToTheOtherReplicaCatchesUp() throws Exception {
        Members.Member ada = Members.newcomer("rrc");
        Members.Member bob = Members.newcomer("rrd");
        String id = MessagingIT.awaitStart(ada, bob.id()).getString("id");
        String seen;
        try (RealtimeClient bobOn1 = RealtimeClient.ready(bob.accessToken(), null)) {
            seen = CommunicationSystem.send(ada, id, "seen on one").getString("id");
            assertNotNull(bobOn1.await("message", d -> d.getString("messageId").equals(seen), PUSH));
        }
        String missed1 = CommunicationSystem.send(ada, id, "missed 1").getString("id");
        String missed2 = CommunicationSystem.send(ada, id, "missed 2").getString("id");
        try (RealtimeClient bobOn2 = RealtimeClient.ready(REPLICA_2, bob.accessToken(), seen)) {
            JsonObject first = bobOn2.await("message", d -> d.getString("messageId").equals(missed1), PUSH);
            JsonObject second = bobOn2.await("message", d -> d.getString("messageId").equals(missed2), PUSH);
            assertNotNull(first, "the first missed message, caught up on the other replica");
            assertNotNull(second, "then the second");
            assertEquals("missed 2", second.getJsonObject("data").getString("text"));
        }
    }
}
