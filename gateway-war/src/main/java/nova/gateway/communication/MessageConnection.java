package nova.gateway.communication;

import java.util.List;
import nova.contracts.communication.MessagePage;
import nova.gateway.media.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;

/** One page of messages; ask for the next with after: pageInfo.endCursor. */
public class MessageConnection {

    private final MessagePage page;

    MessageConnection(MessagePage page) {
        this.page = page;
    }

    @NonNull
    public List<@NonNull Message> getNodes() {
        return page.items().stream().map(Message::new).toList();
    }

    @NonNull
    public PageInfo getPageInfo() {
        return new PageInfo(page.nextCursor());
    }
}
