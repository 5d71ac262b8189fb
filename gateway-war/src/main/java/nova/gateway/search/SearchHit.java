package nova.gateway.search;

import nova.gateway.content.Article;
import nova.gateway.content.Post;
import nova.gateway.profile.Profile;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** One hit, with the thing it found as its owner answered it (exactly one of post, article, user, hashtag). */
@Description("One search hit: the post, article or user it found (as their owners show it to you), or the hashtag; "
        + "highlight is safe HTML: the matched text escaped, matched words in <b>")
public class SearchHit {

    private final nova.contracts.search.SearchHit hit;
    private final Post post;
    private final Article article;
    private final Profile user;

    SearchHit(nova.contracts.search.SearchHit hit, Post post, Article article, Profile user) {
        this.hit = hit;
        this.post = post;
        this.article = article;
        this.user = user;
    }

    @NonNull
    public SearchKind getKind() {
        return SearchKind.of(hit.kind());
    }

    @Id
    @NonNull
    @Description("The post's, article's or user's id, or the hashtag itself")
    public String getId() {
        return hit.id();
    }

    @Description("How well it matched; higher is better (comparable within one search)")
    public double getScore() {
        return hit.score();
    }

    public String getHighlight() {
        return hit.highlight();
    }

    public Post getPost() {
        return post;
    }

    public Article getArticle() {
        return article;
    }

    public Profile getUser() {
        return user;
    }

    @Description("The tag, without #, for a HASHTAG hit")
    public String getHashtag() {
        return "hashtag".equals(hit.kind()) ? hit.id() : null;
    }
}
