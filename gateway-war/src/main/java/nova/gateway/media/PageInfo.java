package nova.gateway.media;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page ends: pass endCursor as 'after' for the next page, while hasNextPage")
public class PageInfo {

    private final String startCursor;
    private final String endCursor;

    public PageInfo(String endCursor) {
        this(null, endCursor);
    }

    /** {@code startCursor}: the first edge's cursor, null for a page without edges. */
    public PageInfo(String startCursor, String endCursor) {
        this.startCursor = startCursor;
        this.endCursor = endCursor;
    }

    /** A page's info from its edges' cursors and the context's next cursor. */
    public static PageInfo of(java.util.List<String> cursors, String endCursor) {
        return new PageInfo(cursors.isEmpty() ? null : cursors.get(0), endCursor);
    }

    @NonNull
    public boolean isHasNextPage() {
        return endCursor != null;
    }

    @Description("Opaque; null on the last page")
    public String getEndCursor() {
        return endCursor;
    }

    @Description("The first edge's cursor (opaque); null when the page has no edges")
    public String getStartCursor() {
        return startCursor;
    }

    @NonNull
    @Description("Always false: pages go forward only (first/after), which the Relay spec allows")
    public boolean isHasPreviousPage() {
        return false;
    }
}
