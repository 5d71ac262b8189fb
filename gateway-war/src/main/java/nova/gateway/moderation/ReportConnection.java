package nova.gateway.moderation;

import java.util.List;
import nova.contracts.content.ReportPage;
import nova.gateway.media.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of reports, oldest first; ask for the next with after: pageInfo.endCursor")
public class ReportConnection {

    private final ReportPage page;

    ReportConnection(ReportPage page) {
        this.page = page;
    }

    @NonNull
    public List<@NonNull Report> getNodes() {
        return page.items().stream().map(Report::new).toList();
    }

    @NonNull
    public PageInfo getPageInfo() {
        return new PageInfo(page.nextCursor());
    }
}
