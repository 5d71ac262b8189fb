package nova.contracts.communication;

import java.util.List;

/** One page of the caller's conversations, most recent activity first; {@code nextCursor} is null on the last page. */
public record ConversationPage(List<Conversation> items, String nextCursor) {

    public ConversationPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
