package nova.gateway.media;

import java.util.List;
import nova.contracts.media.MediaPage;
import nova.gateway.infra.Paging;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of media, newest first; ask for the next with after: pageInfo.endCursor")
public class MediaConnection {

    private final MediaPage page;
    private final List<String> cursors;

    /** For a page asked without 'after' (the edges' cursors assume so); see the {@link Paging.Window} one. */
    MediaConnection(MediaPage page) {
        this(page, Paging.Window.FIRST);
    }

    MediaConnection(MediaPage page, Paging.Window window) {
        this.page = page;
        this.cursors = window.cursors(page.items().size(), page.nextCursor());
    }

    @NonNull
    public List<@NonNull Media> getNodes() {
        return page.items().stream().map(Media::new).toList();
    }

    @NonNull
    public List<@NonNull MediaEdge> getEdges() {
        return Paging.edges(cursors, getNodes(), MediaEdge::new);
    }

    @NonNull
    public PageInfo getPageInfo() {
        return PageInfo.of(cursors, page.nextCursor());
    }
}
