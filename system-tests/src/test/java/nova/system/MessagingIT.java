package nova.system;

import static nova.system.CommunicationSystem.awaitField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, direct messages through the gateway: send, read receipts and unread counts; an outsider is told
 * NOT_FOUND for everything about a conversation and changes nothing; a recipient's message policy is respected.
 */
class MessagingIT {

    @Test
    void aMessageIsSentReadAndCounted() throws Exception {
        Members.Member ada = Members.newcomer("msga");
        Members.Member bob = Members.newcomer("msgb");
        // communication learns of both members from events: starting may need a moment
        JsonObject conversation = awaitStart(ada, bob.id());
        assertEquals("DIRECT", conversation.getString("kind"));
        String id = conversation.getString("id");
        assertEquals(id, CommunicationSystem.start(ada, bob.id()).getString("id"), "one direct conversation per pair");

        JsonObject sent = CommunicationSystem.send(ada, id, "hello bob ✓");
        assertEquals("hello bob ✓", sent.getString("text"));
        assertEquals(ada.id(), sent.getString("senderId"));
        CommunicationSystem.send(ada, id, "are you there?");

        JsonObject counts = awaitField(bob, CommunicationSystem.UNREAD, Map.of(), "unreadCounts",
                c -> c.getInt("messages") == 2);
        assertEquals(1, counts.getInt("conversations"));
        JsonObject bobsView = bob.execute(CommunicationSystem.CONVERSATION, Map.of("id", id)).data("conversation");
        assertEquals(2, bobsView.getInt("unreadCount"));
        assertEquals("are you there?", bobsView.getJsonObject("lastMessage").getString("text"));
        assertEquals(0, CommunicationSystem.unread(ada).getInt("messages"), "your own messages are never unread");

        JsonObject read = bob.execute(CommunicationSystem.MARK_READ, Map.of("conversationId", id)).data("markConversationRead");
        assertEquals(0, read.getInt("unreadCount"));
        assertEquals(0, CommunicationSystem.unread(bob).getInt("messages"));
        // the read receipt: ada sees her messages read
        awaitField(ada, CommunicationSystem.MESSAGES, Map.of("conversationId", id), "messages",
                page -> page.getJsonArray("nodes").stream().map(JsonObject.class::cast)
                        .allMatch(m -> "READ".equals(m.getString("status"))));
    }

    @Test
    void anOutsiderIsToldNotFoundAndChangesNothing() throws Exception {
        Members.Member ada = Members.newcomer("msgc");
        Members.Member bob = Members.newcomer("msgd");
        Members.Member eve = Members.newcomer("msge");
        String id = awaitStart(ada, bob.id()).getString("id");
        CommunicationSystem.send(ada, id, "for bob only");
        awaitField(bob, CommunicationSystem.UNREAD, Map.of(), "unreadCounts", c -> c.getInt("messages") == 1);

        assertEquals("NOT_FOUND", eve.execute(CommunicationSystem.CONVERSATION, Map.of("id", id)).code().orElse(""));
        assertEquals("NOT_FOUND", eve.execute(CommunicationSystem.MESSAGES, Map.of("conversationId", id)).code().orElse(""));
        assertEquals("NOT_FOUND", eve.execute(CommunicationSystem.SEND, Map.of("conversationId", id, "text", "let me in"))
                .code().orElse(""));
        assertEquals("NOT_FOUND", eve.execute(CommunicationSystem.MARK_READ, Map.of("conversationId", id)).code().orElse(""));
        assertEquals("NOT_FOUND", eve.execute(CommunicationSystem.CONVERSATION,
                Map.of("id", "not-a-conversation")).code().orElse(""));
        assertEquals("UNAUTHENTICATED", Gql.anonymous().execute(CommunicationSystem.UNREAD).code().orElse(""));

        // nothing changed: still one message, still unread for bob, nothing for eve
        JsonObject page = ada.execute(CommunicationSystem.MESSAGES, Map.of("conversationId", id)).data("messages");
        assertEquals(1, page.getJsonArray("nodes").size());
        assertEquals(1, CommunicationSystem.unread(bob).getInt("messages"));
        assertEquals(0, eve.execute(CommunicationSystem.CONVERSATIONS).data("conversations").getJsonArray("nodes").size());
    }

    @Test
    void aRecipientWhoTakesNoMessagesIsRespected() throws Exception {
        Members.Member ada = Members.newcomer("msgf");
        Members.Member bob = Members.newcomer("msgg");
        Members.Member cara = Members.newcomer("msgh");
        String id = awaitStart(ada, bob.id()).getString("id");
        bob.execute("mutation { updateSettings(input: {messagePolicy: NOBODY}) { messagePolicy } }").data("updateSettings");
        // the setting reaches communication as user.settings.updated: until then ada's messages still go through
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(300))
                .until(() -> "FORBIDDEN".equals(ada.execute(CommunicationSystem.SEND,
                        Map.of("conversationId", id, "text", "still there?")).code().orElse("")));
        int before = ada.execute(CommunicationSystem.MESSAGES, Map.of("conversationId", id)).data("messages")
                .getJsonArray("nodes").size();
        assertEquals("FORBIDDEN", ada.execute(CommunicationSystem.SEND, Map.of("conversationId", id, "text", "hello?"))
                .code().orElse(""));
        assertEquals(before, ada.execute(CommunicationSystem.MESSAGES, Map.of("conversationId", id)).data("messages")
                .getJsonArray("nodes").size(), "a refused message is not stored");
        assertEquals("FORBIDDEN", cara.execute(CommunicationSystem.START, Map.of("memberIds", java.util.List.of(bob.id())))
                .code().orElse(""));
        assertTrue(cara.execute(CommunicationSystem.CONVERSATIONS).data("conversations").getJsonArray("nodes").isEmpty(),
                "the refused start created nothing");
    }

    /** Starts a direct conversation once communication knows both members (they arrive through events). */
    static JsonObject awaitStart(Members.Member from, String to) {
        java.util.concurrent.atomic.AtomicReference<JsonObject> started = new java.util.concurrent.atomic.AtomicReference<>();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(300))
                .until(() -> {
                    Gql.Result result = from.execute(CommunicationSystem.START, Map.of("memberIds", java.util.List.of(to)));
                    if (result.errors().isEmpty()) {
                        started.set(result.response().getData().getJsonObject("startConversation"));
                        return true;
                    }
                    assertEquals("NOT_FOUND", result.code().orElse(""), "only 'not known yet' is expected: " + result.errors());
                    return false;
                });
        return started.get();
    }
}
