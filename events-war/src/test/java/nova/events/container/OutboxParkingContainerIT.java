package nova.events.container;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import nova.testsupport.Database;
import nova.testsupport.Deployments;
import nova.testsupport.InContainer;
import nova.testsupport.Topics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The server's own outbox relay (libs/platform, as every context runs it) and a row for a topic that does not
 * exist, the way an in-container test's deleted topic once left one behind: the row is tried again on its own
 * (the test server's row retry: 0.2 s doubling to 0.5 s, parked at the 3rd failure), the rows of other aggregates
 * go meanwhile, the later row of its aggregate waits behind it, it is parked, and once the topic exists the
 * operator's SQL (README, "Undeliverable rows") sends both, in order.
 */
@InContainer
class OutboxParkingContainerIT {

    private static final String PENDING = "SELECT count(*) FROM outbox_pending WHERE seq = ?";

    private final Database events = Database.of("events");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void aRowForAMissingTopicIsParkedWhileOthersGoAndIsSentAgainOnceItsTopicExists() {
        Topics.ensure("nova.events"); // the sagas' topic: without it the relay's other rows would fail too
        String present = Topics.create("nova.it");
        String missing = "nova.it.gone-" + UUID.randomUUID().toString().substring(0, 8);
        String aggregate = "it-parked-" + UUID.randomUUID();
        long stuck = write(aggregate, missing);
        long behind = write(aggregate, present);
        long other = write("it-other-" + UUID.randomUUID(), present);
        try {
            events.awaitCount(0, Duration.ofSeconds(60), PENDING, other);
            // three tries, each the producer's 5 s metadata wait, 0.2 and 0.4 s apart: parked within 45 s only if each
            // retry comes when its gap ends (a relay that waited for its 30 s safety poll took 75 s)
            await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(300)).until(() -> events.count(
                    "SELECT count(*) FROM outbox_pending WHERE seq = ? AND parked_at IS NOT NULL", stuck) == 1);
            // at least: another worktree's events server on the shared database may run an older relay that counts too
            assertTrue(events.count("SELECT attempts FROM outbox_pending WHERE seq = ?", stuck) >= 3);
            assertEquals(1, events.count(
                    "SELECT count(*) FROM outbox_pending WHERE seq = ? AND last_error LIKE '%does not exist%'", stuck));
            assertEquals(1, events.count(PENDING, behind), "the later row of its aggregate waits behind it");

            Topics.ensure(missing);
            assertEquals(1, events.execute("UPDATE outbox_pending SET attempts = 0, next_attempt_at = NULL, parked_at = NULL"
                    + " WHERE parked_at IS NOT NULL AND seq = ?", stuck));
            events.execute("NOTIFY nova_outbox");
            events.awaitCount(0, Duration.ofSeconds(60), "SELECT count(*) FROM outbox_pending WHERE seq = ANY(?::bigint[])",
                    (Object) new String[] {String.valueOf(stuck), String.valueOf(behind)});
        } finally {
            // nothing of this test may be left for the relay to try again (the bug this test is about)
            events.execute("DELETE FROM outbox_pending WHERE seq IN (" + stuck + ", " + behind + ", " + other + ")");
            Topics.delete(present);
            try {
                Topics.delete(missing);
            } catch (IllegalStateException notCreated) {
                assertTrue(notCreated.getMessage().contains(missing));
            }
        }
    }

    private long write(String aggregate, String topic) {
        events.execute("INSERT INTO outbox_events (id, aggregate_type, aggregate_id, type, payload, headers, topic)"
                + " VALUES (?::uuid, 'it', ?, 'it.thing.done', '{}'::jsonb, '{}'::jsonb, ?)",
                UUID.randomUUID().toString(), aggregate, topic);
        return events.count("SELECT max(seq) FROM outbox_events WHERE aggregate_id = ? AND topic = ?", aggregate, topic);
    }
}
