package nova.gateway.moderation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ReportedItem")
@Description("One item a report names. Its author, text and state are given to moderators (in moderationQueue) only")
public class ReportedItem {

    private final nova.contracts.content.ReportedItem item;

    ReportedItem(nova.contracts.content.ReportedItem item) {
        this.item = item;
    }

    @NonNull
    public ModeratedItemType getType() {
        return ModeratedItemType.of(item.type());
    }

    @Id
    @NonNull
    public String getId() {
        return item.id().toString();
    }

    @Id
    public String getAuthorId() {
        return item.authorId() == null ? null : item.authorId().toString();
    }

    @Description("The item's current text (an article's title and Markdown body); null once its author deleted it")
    public String getText() {
        return item.text();
    }

    public ReportedItemState getState() {
        return ReportedItemState.of(item.state());
    }
}
