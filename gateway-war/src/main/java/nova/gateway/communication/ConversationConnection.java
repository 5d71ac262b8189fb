package nova.gateway.communication;

import java.util.List;
import nova.contracts.communication.ConversationPage;
import nova.gateway.media.PageInfo;
import nova.gateway.infra.Paging;
import org.eclipse.microprofile.graphql.NonNull;

/** One page of conversations; ask for the next with after: pageInfo.endCursor. */
public class ConversationConnection {

    private final ConversationPage page;
    private final List<String> cursors;

    /** For a page asked without 'after' (the edges' cursors assume so); see the {@link Paging.Window} one. */
    ConversationConnection(ConversationPage page) {
        this(page, Paging.Window.FIRST);
    }

    ConversationConnection(ConversationPage page, Paging.Window window) {
        this.page = page;
        this.cursors = window.cursors(page.items().size(), page.nextCursor());
    }

    @NonNull
    public List<@NonNull Conversation> getNodes() {
        return page.items().stream().map(Conversation::new).toList();
    }

    @NonNull
    public List<@NonNull ConversationEdge> getEdges() {
        return Paging.edges(cursors, getNodes(), ConversationEdge::new);
    }

    @NonNull
    public PageInfo getPageInfo() {
        return PageInfo.of(cursors, page.nextCursor());
    }
}
