package nova.events.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nova.events.subscription.Subscription;
import org.junit.jupiter.api.Test;

class OperatorOverviewTest {

    @Test
    void eachGroupOnAContextTopicIsAnEdgeBetweenTwoContextsWithItsLagAndTheTopicsRate() {
        Instant now = Instant.now();
        List<Subscription> seen = List.of(
                new Subscription("nova.social.posts", "nova.content", "STABLE", 1, 90, 100, 10, now),
                new Subscription("nova.events.log", "nova.content", "STABLE", 1, 100, 100, 0, now),
                new Subscription("nova.it.failing", "nova.content", "EMPTY", 0, 0, 1, 1, now),
                new Subscription("nova.events.dead-letters", "nova.deadletter", "STABLE", 1, 3, 3, 0, now),
                new Subscription("nova.search.projection", "nova.it.1234abcd", "STABLE", 1, 0, 0, 0, now));

        List<Flow> flows = OperatorOverview.flows(seen, Map.of("nova.content", 25L));

        assertEquals(List.of(new Flow("content", "social", "nova.content", "nova.social.posts", 5.0, 10, "STABLE"),
                new Flow("content", "events", "nova.content", "nova.events.log", 5.0, 0, "STABLE")), flows);
    }

    @Test
    void topicsAndGroupsNameTheirContexts() {
        assertEquals("user", OperatorOverview.contextOf("nova.user", 1));
        assertNull(OperatorOverview.contextOf("nova.user.extra", 1));
        assertNull(OperatorOverview.contextOf("nova.deadletter", 1));
        assertEquals("communication", OperatorOverview.contextOf("nova.communication.realtime.a1", 2));
        assertNull(OperatorOverview.contextOf("nova.communication", 2));
        assertNull(OperatorOverview.contextOf("other.user.x", 2));
    }
}
