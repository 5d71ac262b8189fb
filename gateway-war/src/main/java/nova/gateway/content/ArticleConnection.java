package nova.gateway.content;

import java.util.List;
import nova.contracts.content.ArticlePage;
import nova.gateway.infra.Requester;
import nova.gateway.media.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of articles, newest first; ask for the next with after: pageInfo.endCursor")
public class ArticleConnection {

    private final ArticlePage page;
    private final Requester requester;

    ArticleConnection(ArticlePage page, Requester requester) {
        this.page = page;
        this.requester = requester;
    }

    @NonNull
    public List<@NonNull Article> getNodes() {
        return page.items().stream().map(a -> new Article(a, requester)).toList();
    }

    @NonNull
    public PageInfo getPageInfo() {
        return new PageInfo(page.nextCursor());
    }
}
