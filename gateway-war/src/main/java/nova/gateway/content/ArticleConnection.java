package nova.gateway.content;

import java.util.List;
import nova.contracts.content.ArticlePage;
import nova.gateway.media.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of articles, newest first; ask for the next with after: pageInfo.endCursor")
public class ArticleConnection {

    private final ArticlePage page;

    ArticleConnection(ArticlePage page) {
        this.page = page;
    }

    @NonNull
    public List<@NonNull Article> getNodes() {
        return page.items().stream().map(Article::new).toList();
    }

    @NonNull
    public PageInfo getPageInfo() {
        return new PageInfo(page.nextCursor());
    }
}
