package nova.contracts.social;

import java.time.Instant;
import java.util.UUID;

/**
 * One member in a list of followers, followings, pending requests or likers; {@code since} is when that
 * relationship (follow, request, like) began, the list's order.
 */
public record Account(UUID userId, Instant since) {
}
