package nova.gateway.communication;

import java.util.List;
import nova.contracts.communication.NotificationPage;
import nova.gateway.media.PageInfo;
import nova.gateway.infra.Paging;
import org.eclipse.microprofile.graphql.NonNull;

/** One page of notifications; ask for the next with after: pageInfo.endCursor. */
public class NotificationConnection {

    private final NotificationPage page;
    private final List<String> cursors;

    /** For a page asked without 'after' (the edges' cursors assume so); see the {@link Paging.Window} one. */
    NotificationConnection(NotificationPage page) {
        this(page, Paging.Window.FIRST);
    }

    NotificationConnection(NotificationPage page, Paging.Window window) {
        this.page = page;
        this.cursors = window.cursors(page.items().size(), page.nextCursor());
    }

    @NonNull
    public List<@NonNull Notification> getNodes() {
        return page.items().stream().map(Notification::new).toList();
    }

    @NonNull
    public List<@NonNull NotificationEdge> getEdges() {
        return Paging.edges(cursors, getNodes(), NotificationEdge::new);
    }

    @NonNull
    public PageInfo getPageInfo() {
        return PageInfo.of(cursors, page.nextCursor());
    }
}
