package nova.gateway.moderation;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A JavaBean: the engine builds input objects through a no-argument constructor and setters. */
@Input("ReportInput")
@Description("What you report: a category, an optional comment (at most 1000 characters) and 1-20 distinct items")
public class ReportInput {

    @NonNull
    private ReportCategory category;
    private String comment;
    @NonNull
    private List<@NonNull ReportedItemInput> items;

    public ReportCategory getCategory() {
        return category;
    }

    public void setCategory(ReportCategory category) {
        this.category = category;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<ReportedItemInput> getItems() {
        return items;
    }

    public void setItems(List<ReportedItemInput> items) {
        this.items = items;
    }
}
