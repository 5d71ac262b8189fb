package nova.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** What can be checked without a database: {@link OutboxRelay#relayBacklog} is tested against PostgreSQL elsewhere. */
class OutboxRelayTest {

    @Test
    void describeGivesTheSimpleTypeAndMessage() {
        assertEquals("SQLException: connection refused", OutboxRelay.describe(new SQLException("connection refused")));
        assertEquals("IllegalStateException: null", OutboxRelay.describe(new IllegalStateException()));
    }

    @Test
    void describeLooksThroughARelayFailureToItsCause() {
        TimeoutException cause = new TimeoutException("Expiring 3 record(s) for nova.identity-0");

        OutboxRelay.RelayFailedException failure = new OutboxRelay.RelayFailedException(cause);

        assertSame(cause, failure.getCause());
        assertEquals("TimeoutException: Expiring 3 record(s) for nova.identity-0", failure.getMessage());
        assertEquals("TimeoutException: Expiring 3 record(s) for nova.identity-0", OutboxRelay.describe(failure));
    }

    @Test
    void describeDoesNotUnwrapOtherExceptions() {
        assertEquals("RuntimeException: wrapper",
                OutboxRelay.describe(new RuntimeException("wrapper", new SQLException("inner"))));
    }

    @Test
    void defaultSettings() {
        OutboxRelay.Settings settings = OutboxRelay.Settings.defaults();
        assertEquals(2000, settings.batchSize());
        assertEquals(Duration.ofSeconds(5), settings.pollInterval());
        assertEquals(Duration.ofHours(24), settings.retention());
        assertEquals(Duration.ofMinutes(10), settings.cleanupInterval());
        assertEquals(2, settings.pipelineDepth());
    }

    @Test
    void settingsWithoutADepthGetTheDefaultOne() {
        OutboxRelay.Settings settings = new OutboxRelay.Settings(50, Duration.ofMillis(200), Duration.ofHours(24),
                Duration.ofHours(1));
        assertEquals(OutboxRelay.Settings.DEFAULT_PIPELINE_DEPTH, settings.pipelineDepth());
    }

    @Test
    void aBatchAndAPipelineHoldAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> new OutboxRelay.Settings(0, Duration.ofSeconds(5),
                Duration.ofHours(24), Duration.ofMinutes(10), 2));
        assertThrows(IllegalArgumentException.class, () -> new OutboxRelay.Settings(2000, Duration.ofSeconds(5),
                Duration.ofHours(24), Duration.ofMinutes(10), 0));
    }

    @Test
    void aRetentionIsZeroOrMore() {
        assertThrows(IllegalArgumentException.class, () -> new OutboxRelay.Settings(2000, Duration.ofSeconds(5),
                Duration.ofSeconds(-1), Duration.ofMinutes(10)));
        assertEquals(Duration.ZERO, new OutboxRelay.Settings(2000, Duration.ofSeconds(5), Duration.ZERO,
                Duration.ofMinutes(10)).retention(), "zero: published rows are deleted at once");
    }

    @Test
    void failuresAreBlamedOnTheRowOnlyWhenTheyAreItsOwn() {
        assertEquals(RelayPipeline.Blame.ROW, RelayPipeline.blame(
                new org.apache.kafka.common.errors.RecordTooLargeException("too large")));
        assertEquals(RelayPipeline.Blame.ROW, RelayPipeline.blame(new RuntimeException(
                new org.apache.kafka.common.errors.TopicAuthorizationException("nova.x"))));
        assertEquals(RelayPipeline.Blame.ASK, RelayPipeline.blame(
                new org.apache.kafka.common.errors.TimeoutException("Topic nova.x not present in metadata after 5000 ms.")));
        assertEquals(RelayPipeline.Blame.BROKER, RelayPipeline.blame(
                new org.apache.kafka.common.errors.NotEnoughReplicasException("replicas")));
        assertEquals(RelayPipeline.Blame.BROKER, RelayPipeline.blame(new IllegalStateException("emitter gone")));
    }

    @Test
    void theGapDoublesUpToItsMaximum() {
        assertEquals(Duration.ofSeconds(1), new OutboxRelay.RowRetry(Duration.ofSeconds(1), Duration.ofSeconds(4), 3).gapAfter(1));
        assertEquals(Duration.ofSeconds(2), new OutboxRelay.RowRetry(Duration.ofSeconds(1), Duration.ofSeconds(4), 3).gapAfter(2));
        assertEquals(Duration.ofSeconds(4), new OutboxRelay.RowRetry(Duration.ofSeconds(1), Duration.ofSeconds(4), 3).gapAfter(3));
        assertEquals(Duration.ofSeconds(4), new OutboxRelay.RowRetry(Duration.ofSeconds(1), Duration.ofSeconds(4), 3).gapAfter(60));
    }

    @Test
    void aRowRetryNeedsAPositiveFirstGapAMaximumNotBelowItAndABound() {
        assertThrows(IllegalArgumentException.class, () -> new OutboxRelay.RowRetry(Duration.ZERO, Duration.ofSeconds(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new OutboxRelay.RowRetry(Duration.ofSeconds(2), Duration.ofSeconds(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new OutboxRelay.RowRetry(Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
        assertEquals(OutboxRelay.RowRetry.defaults(), OutboxRelay.Settings.defaults().rowRetry());
    }
}
