package nova.gateway.communication;

import java.util.List;
import nova.contracts.communication.MessagePage;
import nova.gateway.media.PageInfo;
import nova.gateway.infra.Paging;
import org.eclipse.microprofile.graphql.NonNull;

/** One page of messages; ask for the next with after: pageInfo.endCursor. */
public class MessageConnection {

    private final MessagePage page;
    private final List<String> cursors;

    /** For a page asked without 'after' (the edges' cursors assume so); see the {@link Paging.Window} one. */
    MessageConnection(MessagePage page) {
        this(page, Paging.Window.FIRST);
    }

    MessageConnection(MessagePage page, Paging.Window window) {
        this.page = page;
        this.cursors = window.cursors(page.items().size(), page.nextCursor());
    }

    @NonNull
    public List<@NonNull Message> getNodes() {
        return page.items().stream().map(Message::new).toList();
    }

    @NonNull
    public List<@NonNull MessageEdge> getEdges() {
        return Paging.edges(cursors, getNodes(), MessageEdge::new);
    }

    @NonNull
    public PageInfo getPageInfo() {
        return PageInfo.of(cursors, page.nextCursor());
    }
}
