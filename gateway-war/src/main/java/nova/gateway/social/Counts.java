package nova.gateway.social;

/** A count as GraphQL's {@code Int} (32 bits): far above any count here; one that did not fit is a fault, not a rounded value. */
final class Counts {

    private Counts() {
    }

    static int of(long count) {
        return Math.toIntExact(count);
    }
}
