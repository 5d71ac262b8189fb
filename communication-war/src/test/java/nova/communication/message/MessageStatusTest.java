package nova.communication.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageStatusTest {

    @Test
    void theSendersStatusIsTheLeastAdvancedRecipients() {
        assertEquals("delivered", MessageStatus.least(List.of("read", "delivered", "read")));
        assertEquals("read", MessageStatus.least(List.of("read", "read")));
        assertEquals("sent", MessageStatus.least(List.of()));
    }

    @Test
    void aPairHasOneDirectKeyWhoeverStarts() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();

        assertEquals(Conversation.directKey(a, b), Conversation.directKey(b, a));
        assertNotEquals(Conversation.directKey(a, b), Conversation.directKey(a, UUID.randomUUID()));
    }
}
