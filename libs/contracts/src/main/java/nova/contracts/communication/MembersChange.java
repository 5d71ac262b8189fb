package nova.contracts.communication;

import java.util.List;
import java.util.UUID;

/** Users to add to a group conversation (1–100, within the member cap). */
public record MembersChange(List<UUID> userIds) {
}
