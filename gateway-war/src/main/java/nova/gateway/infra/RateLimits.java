package nova.gateway.infra;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Token buckets by key (an address, a caller's token): each key may spend {@code burst} requests at once and earns
 * {@code perSecond} back every second. Bounded: beyond {@code maxKeys} keys the one used least recently is forgotten
 * (a forgotten key starts again with a full bucket, which errs on the side of serving). Pure and thread-safe; the
 * clock is given, so tests need no sleeps.
 */
public final class RateLimits {

    private final double perSecond;
    private final double burst;
    private final Map<String, double[]> buckets;

    /**
     * @param perSecond requests earned back per second; 0 or less switches the limit off
     * @param burst     requests a key may make at once
     * @param maxKeys   keys remembered at most
     */
    public RateLimits(double perSecond, double burst, int maxKeys) {
        this.perSecond = perSecond;
        this.burst = Math.max(1, burst);
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /**
     * Spends one request of {@code key}'s bucket at {@code nanos} (a monotonic clock): empty when it may run, or the
     * whole seconds to wait until one more request is earned.
     */
    public synchronized OptionalLong spend(String key, long nanos) {
        if (perSecond <= 0) {
            return OptionalLong.empty();
        }
        double[] bucket = buckets.computeIfAbsent(key, k -> new double[] {burst, nanos});
        double earned = (nanos - bucket[1]) / 1e9 * perSecond;
        bucket[0] = Math.min(burst, bucket[0] + Math.max(0, earned));
        bucket[1] = nanos;
        if (bucket[0] >= 1) {
            bucket[0] -= 1;
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (long) Math.ceil((1 - bucket[0]) / perSecond)));
    }
}
