package nova.identity.throttle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * The failed logins counted against one login name or one address ({@code login_failures}): a
 * {@link FailureWindow} under a {@link LoginKey}. Written only by {@link LoginFailureRepository#recordFailure}.
 */
@Entity
@Table(name = "login_failures")
@IdClass(LoginFailure.Id.class)
public class LoginFailure {

    @jakarta.persistence.Id
    private String kind;

    @jakarta.persistence.Id
    @Column(name = "key")
    private byte[] keyHash;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    protected LoginFailure() {
        // for JPA
    }

    public FailureWindow window() {
        return new FailureWindow(failures, windowStartedAt);
    }

    /** The primary key ({@code kind}, {@code key}). */
    public static class Id implements Serializable {

        private String kind;
        private byte[] keyHash;

        public Id() {
        }

        public Id(LoginKey key) {
            this.kind = key.kind().column();
            this.keyHash = key.hash();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Id other && Objects.equals(kind, other.kind) && Arrays.equals(keyHash, other.keyHash);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(kind) + Arrays.hashCode(keyHash);
        }
    }
}
