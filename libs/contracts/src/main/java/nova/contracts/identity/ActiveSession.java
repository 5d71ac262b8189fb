package nova.contracts.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * One of the caller's open sessions (a login on one device), as the caller may see it: where it
 * came from ({@code userAgent}, {@code ip}, either may be null), when it began and was last
 * refreshed, and whether it is the session of the very token that asked ({@code current}).
 */
public record ActiveSession(UUID id, String userAgent, String ip, Instant createdAt, Instant lastUsedAt,
                            boolean current) {
}
