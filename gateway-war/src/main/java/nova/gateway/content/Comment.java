package nova.gateway.content;

import java.time.OffsetDateTime;
import java.util.UUID;
import nova.gateway.infra.Requester;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A comment as the content context answered it; {@code author} is batched in {@link CommentFields}. */
@Description("A comment on a post or an article, maybe a reply to another comment. A tombstone (state not VISIBLE) "
        + "keeps its place in the thread without author or text")
public class Comment {

    private final nova.contracts.content.Comment comment;
    private final Requester requester;

    /** @param requester who asked (see {@link Post#Post(nova.contracts.content.Post, Requester)}) */
    public Comment(nova.contracts.content.Comment comment, Requester requester) {
        this.comment = comment;
        this.requester = requester;
        ContentLinks.of(requester).add(this);
    }

    @Ignore
    public Requester requester() {
        return requester;
    }

    @Ignore
    public UUID authorId() {
        return comment.authorId();
    }

    @Id
    @NonNull
    public String getId() {
        return comment.id().toString();
    }

    @NonNull
    public CommentTarget getTargetType() {
        return CommentTarget.of(comment.targetType());
    }

    @Id
    @NonNull
    public String getTargetId() {
        return comment.targetId().toString();
    }

    @Id
    @Description("The comment this one answers; null at the top level")
    public String getParentId() {
        return Times.id(comment.parentId());
    }

    @Id
    @Description("Null on a tombstone")
    public String getAuthorId() {
        return Times.id(comment.authorId());
    }

    @Description("Empty on a tombstone")
    public String getText() {
        return comment.text();
    }

    @NonNull
    @Description("0 at the top level, one more for each comment above it")
    public int getDepth() {
        return comment.depth();
    }

    @NonNull
    public ContentState getState() {
        return ContentState.of(comment.state());
    }

    @NonNull
    public OffsetDateTime getCreatedAt() {
        return Times.utc(comment.createdAt());
    }

    public OffsetDateTime getEditedAt() {
        return Times.utc(comment.editedAt());
    }
}
