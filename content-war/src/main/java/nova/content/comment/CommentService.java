package nova.content.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.content.article.ArticleService;
import nova.content.infra.Authors;
import nova.content.infra.Caller;
import nova.content.infra.Page;
import nova.content.infra.Refusals;
import nova.content.infra.Transactions;
import nova.content.post.PostService;
import nova.content.version.Versions;
import nova.contracts.content.CommentDraft;
import nova.contracts.content.CommentEdit;
import nova.contracts.content.CommentPage;
import nova.contracts.content.ContentVersion;
import nova.platform.events.Outbox;
import nova.platform.persistence.DatabaseTime;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes and reads comments. A comment's target (a post or a published article) must be one the caller may see,
 * for writing and for reading its comments alike; a create asks the user context first whether the author may
 * write, then loads, calls one domain method, stores and publishes in one transaction.
 */
@ApplicationScoped
public class CommentService {

    static final int MAX_TEXT = 2000;
    static final String POST = "post";
    static final String ARTICLE = "article";

    @Inject
    CommentRepository comments;

    @Inject
    PostService posts;

    @Inject
    ArticleService articles;

    @Inject
    Versions versions;

    @Inject
    Authors authors;

    @Inject
    Transactions transactions;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "nova.content.comment.max-depth", defaultValue = "8")
    int maxDepth;

    public nova.contracts.content.Comment create(Caller caller, CommentDraft draft) {
        String text = checked(draft);
        authors.mayWrite(caller);
        return transactions.inOne(() -> {
            UUID targetAuthor = targetAuthor(caller.id(), draft.targetType(), draft.targetId())
                    .orElseThrow(() -> Rejection.invalidInput("targetId", "there is no " + draft.targetType() + " "
                            + draft.targetId() + " you can comment on"));
            Comment parent = null;
            if (draft.parentId() != null) {
                parent = comments.find(draft.parentId())
                        .filter(c -> c.on(draft.targetType(), draft.targetId()) && c.shown())
                        .orElseThrow(() -> Rejection.invalidInput("parentId", "there is no comment " + draft.parentId()
                                + " on this " + draft.targetType() + " to reply to"));
                if (parent.depth() + 1 >= maxDepth) {
                    throw Rejection.invalidInput("parentId", "replies nest at most " + maxDepth
                            + " levels deep: answer a comment higher up");
                }
            }
            Comment comment = Comment.write(UUID.randomUUID(), caller.id(), draft.targetType(), draft.targetId(),
                    targetAuthor, parent, text, DatabaseTime.now());
            comments.add(comment);
            versions.keep(comment.currentVersion());
            outbox.publish(comment.created(parent == null ? null : parent.authorId()));
            return comment.view();
        });
    }

    public nova.contracts.content.Comment edit(Caller caller, UUID id, CommentEdit edit) {
        String text = checkedText(edit == null ? null : edit.text(), new ArrayList<>());
        return transactions.inOne(() -> {
            Comment comment = comments.lock(id).filter(c -> readable(caller.id(), c)).orElseThrow(() -> notFound(id));
            if (!comment.writtenBy(caller.id())) {
                throw Refusals.forbidden("Only its author edits a comment.");
            }
            if (comment.edit(text, DatabaseTime.now())) {
                versions.keep(comment.currentVersion());
            }
            return comment.view();
        });
    }

    public void delete(Caller caller, UUID id) {
        transactions.inOne(() -> {
            Comment comment = comments.lock(id)
                    .filter(c -> !Comment.DELETED.equals(c.state()))
                    .filter(c -> c.writtenBy(caller.id()) || readable(caller.id(), c))
                    .orElseThrow(() -> notFound(id));
            if (!comment.writtenBy(caller.id())) {
                throw Refusals.forbidden("Only its author deletes a comment.");
            }
            outbox.publish(comment.delete(DatabaseTime.now()));
            versions.forget(Comment.ITEM_TYPE, id);
            return null;
        });
    }

    /** A page of the target's comments in thread order (tombstones included); 404 when the caller may not see the target. */
    public CommentPage list(Caller caller, String targetType, UUID targetId, String after, Integer limit) {
        int size = Page.limit(limit);
        String afterPath = ThreadOrder.after(after);
        if (targetType == null || targetId == null || targetAuthor(caller.id(), targetType, targetId).isEmpty()) {
            throw Refusals.notFound("There is no " + (targetType == null ? "target" : targetType) + " " + targetId
                    + " you can see.");
        }
        List<Comment> found = comments.inThreadOrder(targetType, targetId, afterPath, size + 1);
        List<Comment> shown = found.size() > size ? found.subList(0, size) : found;
        String next = found.size() > size ? ThreadOrder.cursor(shown.get(shown.size() - 1).path()) : null;
        return new CommentPage(shown.stream().map(Comment::view).toList(), next);
    }

    public List<ContentVersion> versions(Caller caller, UUID id) {
        Comment comment = comments.find(id).filter(c -> readable(caller.id(), c)).orElseThrow(() -> notFound(id));
        return versions.of(Comment.ITEM_TYPE, comment.id());
    }

    /** Shown, and on a target the reader may see. */
    private boolean readable(UUID reader, Comment comment) {
        return comment.shown() && targetAuthor(reader, comment.targetType(), comment.targetId()).isPresent();
    }

    private Optional<UUID> targetAuthor(UUID reader, String targetType, UUID targetId) {
        return switch (targetType) {
            case POST -> posts.readableAuthor(reader, targetId);
            case ARTICLE -> articles.commentableAuthor(reader, targetId);
            default -> Optional.empty();
        };
    }

    /** @throws Rejection 400 with every field of the draft that is wrong */
    private static String checked(CommentDraft draft) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (draft == null) {
            throw Rejection.invalidInput("text", "A comment needs a body: {\"targetType\", \"targetId\", \"text\"}.");
        }
        if (!POST.equals(draft.targetType()) && !ARTICLE.equals(draft.targetType())) {
            errors.add(new Problem.FieldError("targetType", "must be post or article"));
        }
        if (draft.targetId() == null) {
            errors.add(new Problem.FieldError("targetId", "is required"));
        }
        return checkedText(draft.text(), errors);
    }

    private static String checkedText(String text, List<Problem.FieldError> errors) {
        int length = text == null ? 0 : text.codePointCount(0, text.length());
        if (text == null || text.isBlank() || length > MAX_TEXT) {
            errors.add(new Problem.FieldError("text", "1 to " + MAX_TEXT + " characters, got " + length));
        }
        if (!errors.isEmpty()) {
            throw Rejection.invalidInput(errors);
        }
        return text;
    }

    private static Rejection notFound(UUID id) {
        return Refusals.notFound("There is no comment " + id + " you can see.");
    }
}
