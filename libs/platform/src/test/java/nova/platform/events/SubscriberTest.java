package nova.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriberTest {

    static final class Standing extends Subscriber {
        Standing(Set<String> types) {
            super("standing", "nova.user", types);
        }

        @Override
        public void handle(ReceivedEvent event, Connection transaction) {
        }
    }

    @Test
    void readsOneTopicUnderItsNameAndWantsOnlyItsTypes() {
        Standing standing = new Standing(Set.of("user.banned", "user.deleted"));
        assertEquals("standing", standing.name());
        assertEquals(List.of("nova.user"), List.copyOf(standing.topics()));
        assertTrue(standing.wants("user.banned"));
        assertTrue(standing.wants("user.deleted"));
        assertFalse(standing.wants("user.verified"));
        assertFalse(standing.wants("user.banned.extra"));
    }

    @Test
    void aSubscriberOfNoTypeIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> new Standing(Set.of()));
    }
}
