package nova.contracts.identity;

import java.time.Instant;
import java.util.UUID;

/** A registered account. {@code id} is the user's id in every context. */
public record Account(UUID id, String username, String email, Instant createdAt) {
}
