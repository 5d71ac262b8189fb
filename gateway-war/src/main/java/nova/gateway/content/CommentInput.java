package nova.gateway.content;

import nova.contracts.content.CommentDraft;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CommentInput")
@Description("A comment on a post or article you may see: text 1-2000 characters, maybe a reply to another comment "
        + "(replies nest at most 8 deep)")
public class CommentInput {

    @NonNull
    private CommentTarget targetType;
    @NonNull
    private String targetId;
    @Description("The comment this one answers; left out at the top level")
    private String parentId;
    @NonNull
    private String text;

    public CommentTarget getTargetType() {
        return targetType;
    }

    public void setTargetType(CommentTarget targetType) {
        this.targetType = targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public void setTargetId(String targetId) {
        this.targetId = targetId;
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    CommentDraft toDraft() {
        return new CommentDraft(targetType == null ? null : targetType.wire(), ContentIds.field(targetId, "targetId"),
                ContentIds.field(parentId, "parentId"), text);
    }
}
