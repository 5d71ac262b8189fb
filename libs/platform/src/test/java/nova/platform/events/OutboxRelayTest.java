package nova.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** What can be checked without a database: {@link OutboxRelay#relayOnce} is tested against PostgreSQL elsewhere. */
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
    }
}
