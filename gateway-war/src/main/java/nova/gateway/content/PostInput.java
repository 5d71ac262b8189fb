package nova.gateway.content;

import java.util.List;
import nova.contracts.content.PostDraft;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** A JavaBean: the engine builds input objects through a no-argument constructor and setters. */
@Input("PostInput")
@Description("A new post. The content context checks it: text 1-500 characters (may be empty with media), at most "
        + "4 media ids, each yours and processed (COMPLETE), a reply or quote target you may see")
public class PostInput {

    private String text;
    @Description("PUBLIC when left out; never changes afterwards")
    private PostVisibility visibility;
    private String contentWarning;
    private Boolean sensitive;
    @Description("BCP 47 language tag")
    private String language;
    @Description("Media ids from requestMediaUpload, in the order to show (ids as strings)")
    private List<String> mediaIds;
    @Description("The post this one answers")
    private String replyToId;
    @Description("The post this one quotes")
    private String quoteOfId;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public PostVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(PostVisibility visibility) {
        this.visibility = visibility;
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

    public String getReplyToId() {
        return replyToId;
    }

    public void setReplyToId(String replyToId) {
        this.replyToId = replyToId;
    }

    public String getQuoteOfId() {
        return quoteOfId;
    }

    public void setQuoteOfId(String quoteOfId) {
        this.quoteOfId = quoteOfId;
    }

    PostDraft toDraft() {
        return new PostDraft(text, visibility == null ? null : visibility.wire(), contentWarning, sensitive, language,
                ContentIds.fields(mediaIds, "mediaIds"), ContentIds.field(replyToId, "replyToId"),
                ContentIds.field(quoteOfId, "quoteOfId"));
    }
}
