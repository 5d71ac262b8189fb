package nova.gateway.content;

import java.util.List;
import nova.contracts.content.CommentPage;
import nova.gateway.infra.Requester;
import nova.gateway.media.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of comments in thread order (each followed by its replies); the next with after: "
        + "pageInfo.endCursor")
public class CommentConnection {

    private final CommentPage page;
    private final Requester requester;

    CommentConnection(CommentPage page, Requester requester) {
        this.page = page;
        this.requester = requester;
    }

    @NonNull
    public List<@NonNull Comment> getNodes() {
        return page.items().stream().map(c -> new Comment(c, requester)).toList();
    }

    @NonNull
    public PageInfo getPageInfo() {
        return new PageInfo(page.nextCursor());
    }
}
