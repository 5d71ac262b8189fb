package nova.gateway.content;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One version of an edited post, article or comment, as it was until the next edit")
public class ContentVersion {

    private final nova.contracts.content.ContentVersion stored;

    ContentVersion(nova.contracts.content.ContentVersion version) {
        this.stored = version;
    }

    @NonNull
    @Description("1 for the first, counting up; the current one is last")
    public int getVersion() {
        return stored.version();
    }

    @Description("Articles only")
    public String getTitle() {
        return stored.title();
    }

    @Description("The text (an article's Markdown body)")
    public String getText() {
        return stored.text();
    }

    public String getContentWarning() {
        return stored.contentWarning();
    }

    public Boolean getSensitive() {
        return stored.sensitive();
    }

    @NonNull
    public List<@NonNull String> getMediaIds() {
        return Times.ids(stored.mediaIds());
    }

    @NonNull
    @Description("When this version was written")
    public OffsetDateTime getAt() {
        return Times.utc(stored.at());
    }
}
