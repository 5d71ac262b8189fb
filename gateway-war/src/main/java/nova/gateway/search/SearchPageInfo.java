package nova.gateway.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page of hits ends: pass endCursor as 'after' for the next page, while hasNextPage")
public class SearchPageInfo {

    private final String startCursor;
    private final String endCursor;

    SearchPageInfo(String endCursor) {
        this(null, endCursor);
    }

    /** {@code startCursor}: the first edge's cursor, null for a page without edges. */
    public SearchPageInfo(String startCursor, String endCursor) {
        this.startCursor = startCursor;
        this.endCursor = endCursor;
    }

    /** A page's info from its edges' cursors and the context's next cursor. */
    public static SearchPageInfo of(java.util.List<String> cursors, String endCursor) {
        return new SearchPageInfo(cursors.isEmpty() ? null : cursors.get(0), endCursor);
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
