package nova.gateway.content;

import java.util.List;
import nova.contracts.content.PostEdit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("PostEditInput")
@Description("Changes to your post: a field left out stays as it is; the previous version is kept in the history. "
        + "Visibility never changes")
public class PostEditInput {

    private String text;
    private String contentWarning;
    private Boolean sensitive;
    private String language;
    @Description("The whole new list of media ids ([] removes every attachment)")
    private List<String> mediaIds;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getContentWarning() {
        return contentWarning;
    }

    public void setContentWarning(String contentWarning) {
        this.contentWarning = contentWarning;
    }

    public Boolean getSensitive() {
        return sensitive;
    }

    public void setSensitive(Boolean sensitive) {
        this.sensitive = sensitive;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<String> getMediaIds() {
        return mediaIds;
    }

    public void setMediaIds(List<String> mediaIds) {
        this.mediaIds = mediaIds;
    }

    PostEdit toEdit() {
        return new PostEdit(text, contentWarning, sensitive, language, ContentIds.fields(mediaIds, "mediaIds"));
    }
}
