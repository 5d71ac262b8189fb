package nova.gateway.communication;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What you have not read yet")
public class UnreadCounts {

    private final nova.contracts.communication.UnreadCounts counts;

    UnreadCounts(nova.contracts.communication.UnreadCounts counts) {
        this.counts = counts;
    }

    @NonNull
    @Description("Messages of others not read, over every conversation")
    public int getMessages() {
        return (int) Math.min(Integer.MAX_VALUE, counts.messages());
    }

    @NonNull
    @Description("Conversations with at least one of them")
    public int getConversations() {
        return (int) Math.min(Integer.MAX_VALUE, counts.conversations());
    }

    @NonNull
    @Description("Unread notifications, a group counting once")
    public int getNotifications() {
        return (int) Math.min(Integer.MAX_VALUE, counts.notifications());
    }
}
