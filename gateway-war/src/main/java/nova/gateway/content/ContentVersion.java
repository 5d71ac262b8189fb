package nova.gateway.content;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One version of an edited post, article or comment, as it was until the next edit")
public class ContentVersion {

    private final nova.contracts.content.ContentVersion version;

    ContentVersion(nova.contracts.content.ContentVersion version) {
        this.version = version;
    }

    @NonNull
    @Description("1 for the first, counting up; the current one is last")
    public int getVersion() {
        return version.version();
    }

    @Description("Articles only")
    public String getTitle() {
        return version.title();
    }

    @Description("The text (an article's Markdown body)")
    public String getText() {
        return version.text();
    }

    public String getContentWarning() {
        return version.contentWarning();
    }

    public Boolean getSensitive() {
        return version.sensitive();
    }

    @NonNull
    public List<@NonNull String> getMediaIds() {
        return Times.ids(version.mediaIds());
    }

    @NonNull
    @Description("When this version was written")
    public OffsetDateTime getAt() {
        return Times.utc(version.at());
    }
}
