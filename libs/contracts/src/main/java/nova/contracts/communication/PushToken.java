package nova.contracts.communication;

import java.time.Instant;
import java.util.UUID;

/**
 * A registered push token. {@code kind} is {@code webpush}; {@code endpointOrigin} the push service's origin (the
 * endpoint itself is a capability and is never handed back); {@code lastUsedAt} null until something was pushed to it.
 */
public record PushToken(UUID id, String kind, String endpointOrigin, Instant createdAt, Instant lastUsedAt) {
}
