package nova.gateway.content;

import java.util.List;
import nova.contracts.content.CommentPage;
import nova.gateway.infra.Requester;
import nova.gateway.media.PageInfo;
import nova.gateway.infra.Paging;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of comments in thread order (each followed by its replies); the next with after: "
        + "pageInfo.endCursor")
public class CommentConnection {

    private final CommentPage page;
    private final List<String> cursors;
    private final Requester requester;

    /** For a page asked without 'after' (the edges' cursors assume so); see the {@link Paging.Window} one. */
    CommentConnection(CommentPage page, Requester requester) {
        this(page, requester, Paging.Window.FIRST);
    }

    CommentConnection(CommentPage page, Requester requester, Paging.Window window) {
        this.page = page;
        this.requester = requester;
        this.cursors = window.cursors(page.items().size(), page.nextCursor());
    }

    @NonNull
    public List<@NonNull Comment> getNodes() {
        return page.items().stream().map(c -> new Comment(c, requester)).toList();
    }

    @NonNull
    public List<@NonNull CommentEdge> getEdges() {
        return Paging.edges(cursors, getNodes(), CommentEdge::new);
    }

    @NonNull
    public PageInfo getPageInfo() {
        return PageInfo.of(cursors, page.nextCursor());
    }
}
