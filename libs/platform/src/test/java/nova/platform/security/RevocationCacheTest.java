package nova.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RevocationCacheTest {

    static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    static final Duration RETENTION = Duration.ofMinutes(20);

    /** A revoked_sessions table in memory; records each read's lower bound. */
    static final class FakeTable implements RevocationCache.Store {
        final List<RevocationCache.Revocation> rows = new ArrayList<>();
        final List<Instant> asked = new ArrayList<>();
        int deletes;
        boolean down;

        RevocationCache.Revocation add(UUID session, Instant revokedAt, Instant recordedAt) {
            RevocationCache.Revocation row = new RevocationCache.Revocation(session, revokedAt.plus(RETENTION), recordedAt);
            rows.add(row);
            return row;
        }

        @Override
        public List<RevocationCache.Revocation> recordedAfter(Instant after) throws SQLException {
            asked.add(after);
            if (down) {
                throw new SQLException("connection refused");
            }
            return rows.stream().filter(r -> after == null || r.recordedAt().isAfter(after)).toList();
        }

        @Override
        public int deleteExpired() {
            deletes++;
            return 0;
        }
    }

    final FakeTable table = new FakeTable();
    final RevocationCache cache = new RevocationCache(table, Duration.ofSeconds(2), Duration.ofMinutes(1),
            Duration.ofMinutes(10));

    @Test
    void aSessionInTheTableIsRevokedUntilItsEntryExpires() {
        UUID session = UUID.randomUUID();
        table.add(session, T0, T0);

        assertTrue(cache.isRevoked(session, T0.plusSeconds(1)));
        assertTrue(cache.isRevoked(session, T0.plus(RETENTION).minusSeconds(1)), "as long as a token of it can live");
        assertFalse(cache.isRevoked(session, T0.plus(RETENTION)), "then forgotten");
        assertFalse(cache.isRevoked(UUID.randomUUID(), T0.plusSeconds(1)));
    }

    @Test
    void theFirstReadTakesEveryUnexpiredRowAndLaterOnesWhatIsNewWithAnOverlap() {
        Instant recorded = T0.minusSeconds(30);
        table.add(UUID.randomUUID(), recorded, recorded);
        cache.isRevoked(UUID.randomUUID(), T0);
        assertNull(table.asked.get(0), "first: everything");

        cache.isRevoked(UUID.randomUUID(), T0.plusSeconds(3));
        assertEquals(recorded.minus(Duration.ofMinutes(1)), table.asked.get(1),
                "then: since the newest row seen, less the overlap for slow commits");
    }

    @Test
    void aRowCommittedLateBehindTheMarkIsStillSeen() {
        table.add(UUID.randomUUID(), T0, T0.plusSeconds(10));
        cache.isRevoked(UUID.randomUUID(), T0.plusSeconds(11));
        // written (recorded_at) before the row above but committed after the read
        UUID late = UUID.randomUUID();
        table.add(late, T0, T0.plusSeconds(5));

        assertTrue(cache.isRevoked(late, T0.plusSeconds(14)));
    }

    @Test
    void theTableIsReadAtMostOncePerInterval() {
        UUID session = UUID.randomUUID();
        cache.isRevoked(session, T0);
        table.add(session, T0, T0);

        assertFalse(cache.isRevoked(session, T0.plusMillis(1999)), "not read again yet");
        assertEquals(1, table.asked.size());
        assertTrue(cache.isRevoked(session, T0.plusSeconds(2)), "read again after the interval");
        assertEquals(2, table.asked.size());
    }

    @Test
    void whatThisServerRecordedCountsAtOnceWithoutReadingTheTable() {
        UUID session = UUID.randomUUID();
        table.down = true;
        cache.remember(session, T0.plus(RETENTION));

        assertTrue(cache.isRevoked(session, T0));
        assertFalse(cache.loadedOnce());
    }

    @Test
    void aDatabaseThatIsAwayKeepsWhatIsKnownAndIsAskedAgainAfterTheInterval() {
        UUID session = UUID.randomUUID();
        table.add(session, T0, T0);
        cache.isRevoked(session, T0);
        table.down = true;

        assertTrue(cache.isRevoked(session, T0.plusSeconds(3)), "the copy survives a failed read");
        assertTrue(cache.isRevoked(session, T0.plusSeconds(4)));
        assertEquals(2, table.asked.size(), "one failed read per interval, not one per request");
        table.down = false;
        UUID later = UUID.randomUUID();
        table.add(later, T0.plusSeconds(4), T0.plusSeconds(4));
        assertTrue(cache.isRevoked(later, T0.plusSeconds(6)));
    }

    @Test
    void expiredEntriesLeaveMemoryAndExpiredRowsAreDeletedEveryCleanupInterval() {
        table.add(UUID.randomUUID(), T0, T0);
        cache.isRevoked(UUID.randomUUID(), T0);
        assertEquals(1, cache.size());
        assertEquals(1, table.deletes);

        table.rows.clear(); // the database deleted it too
        cache.isRevoked(UUID.randomUUID(), T0.plus(RETENTION));
        assertEquals(0, cache.size());
        assertEquals(2, table.deletes, "ten minutes later: clean the table again");
        cache.isRevoked(UUID.randomUUID(), T0.plus(RETENTION).plusSeconds(3));
        assertEquals(2, table.deletes);
    }

    @Test
    void rememberingTwiceKeepsTheLaterExpiry() {
        UUID session = UUID.randomUUID();
        cache.remember(session, T0.plusSeconds(100));
        cache.remember(session, T0.plusSeconds(50));
        table.down = true;
        assertTrue(cache.isRevoked(session, T0.plusSeconds(60)));
    }
}
