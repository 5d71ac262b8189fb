package nova.identity.account;

import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A stored argon2id password hash in the PHC string format,
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (salt and hash in base64 without padding).
 */
public record PasswordHash(Argon2Cost cost, byte[] salt, byte[] hash) {

    public static final int VERSION = 0x13;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    public PasswordHash {
        if (salt.length < 8) {
            throw new IllegalArgumentException("salt must be at least 8 bytes");
        }
        if (hash.length < 16) {
            throw new IllegalArgumentException("hash must be at least 16 bytes");
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    public String toPhc() {
        return "$argon2id$v=" + VERSION + "$m=" + cost.memoryKiB() + ",t=" + cost.iterations() + ",p="
                + cost.parallelism() + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** Reads a PHC string; anything but argon2id version 19 with m, t and p is refused. */
    public static PasswordHash parse(String phc) {
        if (phc == null) {
            throw new IllegalArgumentException("no password hash");
        }
        String[] parts = phc.split("\\$", -1);
        // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
        if (parts.length != 6 || !parts[0].isEmpty() || !parts[1].equals("argon2id")) {
            throw new IllegalArgumentException("not an argon2id PHC string");
        }
        if (!parts[2].equals("v=" + VERSION)) {
            throw new IllegalArgumentException("unsupported argon2 version " + parts[2]);
        }
        Map<String, Integer> params = new HashMap<>();
        for (String pair : parts[3].split(",")) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2 || !kv[1].matches("[0-9]{1,9}") || params.put(kv[0], Integer.parseInt(kv[1])) != null) {
                throw new IllegalArgumentException("malformed argon2 parameters");
            }
        }
        if (!params.keySet().equals(Set.of("m", "t", "p"))) {
            throw new IllegalArgumentException("argon2 parameters must be m, t and p");
        }
        try {
            return new PasswordHash(new Argon2Cost(params.get("m"), params.get("t"), params.get("p")),
                    B64_DECODER.decode(parts[4]), B64_DECODER.decode(parts[5]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed argon2 hash: " + e.getMessage());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PasswordHash other && cost.equals(other.cost) && Arrays.equals(salt, other.salt)
                && Arrays.equals(hash, other.hash);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * cost.hashCode() + Arrays.hashCode(salt)) + Arrays.hashCode(hash);
    }

    /** Never the hash itself: it must not reach a log. */
    @Override
    public String toString() {
        return "PasswordHash[" + cost + ", ***]";
    }
}
