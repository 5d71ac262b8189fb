package nova.gateway.media;

import java.util.List;
import nova.contracts.media.MediaPage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of media, newest first; ask for the next with after: pageInfo.endCursor")
public class MediaConnection {

    private final MediaPage page;

    MediaConnection(MediaPage page) {
        this.page = page;
    }

    @NonNull
    public List<@NonNull Media> getNodes() {
        return page.items().stream().map(Media::new).toList();
    }

    @NonNull
    public PageInfo getPageInfo() {
        return new PageInfo(page.nextCursor());
    }
}
