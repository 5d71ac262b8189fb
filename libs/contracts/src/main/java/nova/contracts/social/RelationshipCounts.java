package nova.contracts.social;

import java.util.UUID;

/** How many members follow {@code userId} and how many it follows (accepted follows only, never requests). */
public record RelationshipCounts(UUID userId, long followers, long following) {
}
