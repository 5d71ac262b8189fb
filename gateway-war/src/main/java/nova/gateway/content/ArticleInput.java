package nova.gateway.content;

import nova.contracts.content.ArticleDraft;
import nova.contracts.content.ArticleEdit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ArticleInput")
@Description("An article's fields: title 1-200 characters, a Markdown body of at most 100,000 characters, a cover "
        + "image of yours, a language. In an edit a field left out stays as it is")
public class ArticleInput {

    private String title;
    @Description("Markdown (CommonMark); rendered and sanitised into 'html'")
    private String body;
    @Description("A media id of yours")
    private String coverMediaId;
    private String language;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getCoverMediaId() {
        return coverMediaId;
    }

    public void setCoverMediaId(String coverMediaId) {
        this.coverMediaId = coverMediaId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    ArticleDraft toDraft() {
        return new ArticleDraft(title, body, ContentIds.field(coverMediaId, "coverMediaId"), language);
    }

    ArticleEdit toEdit() {
        return new ArticleEdit(title, body, ContentIds.field(coverMediaId, "coverMediaId"), language);
    }
}
