package nova.identity.throttle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;

/**
 * What failed logins are counted against: a login name as typed (lower case, without surrounding blanks,
 * whether or not an account has it, so unknown names behave exactly as known ones) or a client address.
 * Kept as SHA-256: people type their password into the name field, and it must not be stored readable.
 */
public record LoginKey(Kind kind, byte[] hash) {

    public enum Kind {
        NAME, ADDRESS;

        /** The value in {@code login_failures.kind}. */
        public String column() {
            return this == NAME ? "name" : "ip";
        }

        static Kind ofColumn(String value) {
            return "name".equals(value) ? NAME : ADDRESS;
        }
    }

    public LoginKey {
        hash = hash.clone();
    }

    /** The key of a login name: {@code Ada} and {@code ada } are one name; so are an email's cases. */
    public static LoginKey name(String loginName) {
        return new LoginKey(Kind.NAME, sha256(loginName.strip().toLowerCase(Locale.ROOT)));
    }

    public static LoginKey address(String ip) {
        return new LoginKey(Kind.ADDRESS, sha256(ip.strip().toLowerCase(Locale.ROOT)));
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LoginKey other && kind == other.kind && Arrays.equals(hash, other.hash);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "LoginKey[" + kind + "]";
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
