package nova.gateway.media;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page ends: pass endCursor as 'after' for the next page, while hasNextPage")
public class PageInfo {

    private final String endCursor;

    public PageInfo(String endCursor) {
        this.endCursor = endCursor;
    }

    @NonNull
    public boolean isHasNextPage() {
        return endCursor != null;
    }

    @Description("Opaque; null on the last page")
    public String getEndCursor() {
        return endCursor;
    }
}
