package nova.contracts.content;

import java.util.List;

/** One page of the moderators' queue, oldest first; {@code nextCursor} is null on the last page. */
public record ReportPage(List<Report> items, String nextCursor) {

    public ReportPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
