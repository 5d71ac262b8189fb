package nova.contracts.communication;

import java.util.List;

/** One page of the caller's notifications, most recently updated first; {@code nextCursor} is null on the last page. */
public record NotificationPage(List<Notification> items, String nextCursor) {

    public NotificationPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
