package nova.gateway.moderation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A JavaBean: the engine builds input objects through a no-argument constructor and setters. */
@Input("ReportedItemInput")
@Description("A post, article or comment you can see and did not write")
public class ReportedItemInput {

    @NonNull
    private ModeratedItemType type;
    @NonNull
    @Id
    private String id;

    public ModeratedItemType getType() {
        return type;
    }

    public void setType(ModeratedItemType type) {
        this.type = type;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
