package nova.contracts.communication;

import java.util.List;

/** One page of a conversation's messages, newest first; {@code nextCursor} (older ones) is null on the last page. */
public record MessagePage(List<Message> items, String nextCursor) {

    public MessagePage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
