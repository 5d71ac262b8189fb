package nova.contracts.communication;

import java.util.List;
import java.util.UUID;

/** The caller has read these notifications (1 to 100 ids, each the caller's). */
public record NotificationsRead(List<UUID> ids) {

    /** The most ids one call takes. */
    public static final int MAX_IDS = 100;
}
