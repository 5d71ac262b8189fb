package nova.search.trending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrendWindowTest {

    final TrendWindow window = new TrendWindow(Duration.ofMinutes(10), Duration.ofHours(24), Duration.ofHours(6));

    @Test
    void anInstantFallsInTheBucketThatStartsAtItsTenMinuteMark() {
        assertEquals(Instant.parse("2026-12-06T18:10:00Z"), window.bucketOf(Instant.parse("2026-12-06T18:19:59.999Z")));
        assertEquals(Instant.parse("2026-12-06T18:20:00Z"), window.bucketOf(Instant.parse("2026-12-06T18:20:00Z")));
    }

    @Test
    void theWindowHoldsTheLastDaysBucketsAndNoOlderOne() {
        Instant now = Instant.parse("2026-12-06T18:15:00Z");
        Instant since = window.since(now);
        assertEquals(Instant.parse("2026-12-05T18:20:00Z"), since);
        assertEquals(144, Duration.between(since, window.bucketOf(now)).toMinutes() / 10 + 1, "144 ten-minute buckets");
    }

    @Test
    void onlyBucketsWhollyOutsideTheWindowArePrunable() {
        Instant now = Instant.parse("2026-12-06T18:15:00Z");
        Instant before = window.prunableBefore(now);
        assertEquals(window.since(now), before, "the oldest bucket a read still sums is kept");
        assertTrue(window.bucketOf(Instant.parse("2026-12-05T18:19:59Z")).isBefore(before), "a day and a bucket ago: gone");
        assertFalse(window.bucketOf(Instant.parse("2026-12-05T18:20:00Z")).isBefore(before));
        assertTrue(window.prunableBefore(now.plus(Duration.ofMinutes(10))).isAfter(before), "the line moves with time");
    }

    @Test
    void weightHalvesEveryHalfLife() {
        Instant bucket = Instant.parse("2026-12-06T00:00:00Z");
        Instant middle = bucket.plus(Duration.ofMinutes(5));
        assertEquals(1.0, window.decay(bucket, middle), 1e-9);
        assertEquals(0.5, window.decay(bucket, middle.plus(Duration.ofHours(6))), 1e-9);
        assertEquals(0.25, window.decay(bucket, middle.plus(Duration.ofHours(12))), 1e-9);
        assertTrue(window.decay(bucket, bucket) <= 1.0, "a bucket never counts for more than its weight");
    }

    @Test
    void aWindowShorterThanItsBucketIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new TrendWindow(Duration.ofHours(1), Duration.ofMinutes(10), Duration.ofHours(1)));
    }

    @Test
    void aHashtagGetsHalfTheEngagementOfItsPostButAllOfAUse() {
        assertEquals(1.0, Engagement.USE.hashtagWeight());
        assertEquals(0.5, Engagement.LIKE.hashtagWeight());
        assertEquals(2.0, Engagement.SHARE.weight());
    }
}
