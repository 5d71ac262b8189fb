package nova.gateway.content;

import java.util.List;
import nova.contracts.content.CommentPage;
import nova.gateway.media.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of comments in thread order (each followed by its replies); the next with after: "
        + "pageInfo.endCursor")
public class CommentConnection {

    private final CommentPage page;

    CommentConnection(CommentPage page) {
        this.page = page;
    }

    @NonNull
    public List<@NonNull Comment> getNodes() {
        return page.items().stream().map(Comment::new).toList();
    }

    @NonNull
    public PageInfo getPageInfo() {
        return new PageInfo(page.nextCursor());
    }
}
