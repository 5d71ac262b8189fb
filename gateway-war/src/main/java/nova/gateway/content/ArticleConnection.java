package nova.gateway.content;

import java.util.List;
import nova.contracts.content.ArticlePage;
import nova.gateway.infra.Requester;
import nova.gateway.media.PageInfo;
import nova.gateway.infra.Paging;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of articles, newest first; ask for the next with after: pageInfo.endCursor")
public class ArticleConnection {

    private final ArticlePage page;
    private final List<String> cursors;
    private final Requester requester;

    /** For a page asked without 'after' (the edges' cursors assume so); see the {@link Paging.Window} one. */
    ArticleConnection(ArticlePage page, Requester requester) {
        this(page, requester, Paging.Window.FIRST);
    }

    ArticleConnection(ArticlePage page, Requester requester, Paging.Window window) {
        this.page = page;
        this.requester = requester;
        this.cursors = window.cursors(page.items().size(), page.nextCursor());
    }

    @NonNull
    public List<@NonNull Article> getNodes() {
        return page.items().stream().map(a -> new Article(a, requester)).toList();
    }

    @NonNull
    public List<@NonNull ArticleEdge> getEdges() {
        return Paging.edges(cursors, getNodes(), ArticleEdge::new);
    }

    @NonNull
    public PageInfo getPageInfo() {
        return PageInfo.of(cursors, page.nextCursor());
    }
}
