package nova.gateway.communication;

import java.util.List;
import nova.contracts.communication.NotificationPage;
import nova.gateway.media.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;

/** One page of notifications; ask for the next with after: pageInfo.endCursor. */
public class NotificationConnection {

    private final NotificationPage page;

    NotificationConnection(NotificationPage page) {
        this.page = page;
    }

    @NonNull
    public List<@NonNull Notification> getNodes() {
        return page.items().stream().map(Notification::new).toList();
    }

    @NonNull
    public PageInfo getPageInfo() {
        return new PageInfo(page.nextCursor());
    }
}
