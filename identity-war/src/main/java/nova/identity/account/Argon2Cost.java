package nova.identity.account;

/**
 * How expensive one argon2id hash is: memory in KiB, passes over it, lanes. Stored with every
 * hash, so the cost can be raised later and old hashes still verify.
 */
public record Argon2Cost(int memoryKiB, int iterations, int parallelism) {

    /** OWASP's argon2id minimum: 19 MiB, 2 passes, 1 lane. */
    public static final Argon2Cost CURRENT = new Argon2Cost(19_456, 2, 1);

    public Argon2Cost {
        if (parallelism < 1 || parallelism > 255) {
            throw new IllegalArgumentException("parallelism must be 1 to 255");
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1");
        }
        if (memoryKiB < 8 * parallelism) {
            throw new IllegalArgumentException("memory must be at least 8 KiB per lane");
        }
    }

    /** Cheaper than {@code other} in any dimension: such a hash is redone at the next successful login. */
    public boolean isWeakerThan(Argon2Cost other) {
        return memoryKiB < other.memoryKiB || iterations < other.iterations || parallelism < other.parallelism;
    }
}
