package nova.gateway.communication;

import java.util.List;
import nova.contracts.communication.ConversationPage;
import nova.gateway.media.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;

/** One page of conversations; ask for the next with after: pageInfo.endCursor. */
public class ConversationConnection {

    private final ConversationPage page;

    ConversationConnection(ConversationPage page) {
        this.page = page;
    }

    @NonNull
    public List<@NonNull Conversation> getNodes() {
        return page.items().stream().map(Conversation::new).toList();
    }

    @NonNull
    public PageInfo getPageInfo() {
        return new PageInfo(page.nextCursor());
    }
}
