package nova.gateway.moderation;

import java.util.List;
import nova.contracts.content.ReportPage;
import nova.gateway.media.PageInfo;
import nova.gateway.infra.Paging;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of reports, oldest first; ask for the next with after: pageInfo.endCursor")
public class ReportConnection {

    private final ReportPage page;
    private final List<String> cursors;

    /** For a page asked without 'after' (the edges' cursors assume so); see the {@link Paging.Window} one. */
    ReportConnection(ReportPage page) {
        this(page, Paging.Window.FIRST);
    }

    ReportConnection(ReportPage page, Paging.Window window) {
        this.page = page;
        this.cursors = window.cursors(page.items().size(), page.nextCursor());
    }

    @NonNull
    public List<@NonNull Report> getNodes() {
        return page.items().stream().map(Report::new).toList();
    }

    @NonNull
    public List<@NonNull ReportEdge> getEdges() {
        return Paging.edges(cursors, getNodes(), ReportEdge::new);
    }

    @NonNull
    public PageInfo getPageInfo() {
        return PageInfo.of(cursors, page.nextCursor());
    }
}
