package nova.search.trending;

import java.time.Duration;
import java.time.Instant;

/**
 * The sliding window trending looks at: buckets of {@code bucket} length, the last {@code window} of them,
 * each weighted {@code 2^(-age / halfLife)} (age measured from the bucket's middle).
 */
public record TrendWindow(Duration bucket, Duration window, Duration halfLife) {

    public TrendWindow {
        if (bucket.isZero() || bucket.isNegative() || window.compareTo(bucket) < 0 || halfLife.isNegative()
                || halfLife.isZero()) {
            throw new IllegalArgumentException("trend window " + bucket + "/" + window + "/" + halfLife);
        }
    }

    /** The start of the bucket {@code at} falls in. */
    public Instant bucketOf(Instant at) {
        long size = bucket.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), size) * size);
    }

    /** The first bucket inside the window that ends at {@code now}. */
    public Instant since(Instant now) {
        return bucketOf(now.minus(window)).plus(bucket);
    }

    /**
     * Buckets starting before this are outside the window at {@code now} and every later time: no read counts them
     * again, so they may be deleted.
     */
    public Instant prunableBefore(Instant now) {
        return since(now);
    }

    /** How much a bucket's weight still counts at {@code now}. */
    public double decay(Instant bucketStart, Instant now) {
        double age = Duration.between(bucketStart.plus(bucket.dividedBy(2)), now).toMillis();
        return Math.pow(2, -Math.max(0, age) / halfLife.toMillis());
    }
}
