package nova.identity.session;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code sessions}: a login on one device, alive while its refresh tokens are. */
public record Session(UUID id, UUID userId, Instant createdAt, Instant lastUsedAt, ClientOrigin origin,
                      Instant revokedAt) {

    public static Session begin(UUID userId, ClientOrigin origin, Instant now) {
        return new Session(UUID.randomUUID(), userId, now, now, origin, null);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
