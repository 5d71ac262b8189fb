package nova.content.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nova.content.follower.Followers;
import nova.content.infra.Attachments;
import nova.content.infra.Authors;
import nova.content.infra.Caller;
import nova.content.infra.Page;
import nova.content.infra.Refusals;
import nova.content.infra.Transactions;
import nova.content.version.Versions;
import nova.contracts.content.AuthorPosts;
import nova.contracts.content.ContentVersion;
import nova.contracts.content.PostDraft;
import nova.contracts.content.PostEdit;
import nova.contracts.content.PostPage;
import nova.contracts.content.PostReplies;
import nova.contracts.content.Thread;
import nova.platform.events.Outbox;
import nova.platform.persistence.DatabaseTime;
import nova.platform.problem.Rejection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes and reads posts. A write asks the other contexts first (the author may write, the media are theirs and
 * ready, who the mentions are), outside any transaction, then loads, calls one domain method, stores and publishes
 * what it returned in one transaction: with the user or media context down nothing is written. Every read checks
 * the post's audience for the caller; what they may not see is 404.
 */
@ApplicationScoped
public class PostService {

    /** The most replies a thread shows under its post. */
    static final int THREAD_DESCENDANTS = 200;
    /** The longest reply chain a thread walks up. */
    static final int THREAD_ANCESTORS = 100;

    @Inject
    PostRepository posts;

    @Inject
    Versions versions;

    @Inject
    Followers followers;

    @Inject
    Authors authors;

    @Inject
    Attachments attachments;

    @Inject
    Transactions transactions;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "nova.content.post.max-chars", defaultValue = "500")
    int maxChars;

    /** A created post, and whether it was made by an earlier request with the same idempotency key. */
    public record Created(nova.contracts.content.Post post, boolean replayed) {
    }

    public Created create(Caller caller, String idempotencyKey, PostDraft draft) {
        if (draft == null) {
            throw Rejection.invalidInput("text", "A post needs a body: {\"text\": \"...\"}.");
        }
        Optional<String> key = IdempotencyRecord.checkedKey(idempotencyKey);
        PostContent content = PostContent.of(draft, maxChars);
        Optional<Created> earlier = key.flatMap(k -> replay(caller, k, draft));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        authors.mayWrite(caller);
        attachments.check(caller, content.mediaIds(), "mediaIds");
        List<UUID> mentions = resolve(caller, content);
        try {
            return transactions.inOne(() -> {
                Post replyTo = draft.replyToId() == null ? null : posts.lock(draft.replyToId())
                        .filter(p -> readable(p, caller.id()))
                        .orElseThrow(() -> Rejection.invalidInput("replyToId", "there is no post " + draft.replyToId()
                                + " you can reply to"));
                Post quoteOf = draft.quoteOfId() == null ? null : posts.find(draft.quoteOfId())
                        .filter(p -> readable(p, caller.id()) && p.quotable())
                        .orElseThrow(() -> Rejection.invalidInput("quoteOfId", "there is no public post "
                                + draft.quoteOfId() + " you can quote"));
                Instant now = DatabaseTime.now();
                Post post = Post.write(UUID.randomUUID(), caller.id(), draft.visibility(), content, mentions, replyTo,
                        quoteOf, now);
                posts.add(post);
                versions.keep(post.currentVersion());
                key.ifPresent(k -> {
                    posts.idempotencyKey(caller.id(), k).ifPresent(posts::remove); // expired: replay() said so
                    posts.add(new IdempotencyRecord(caller.id(), k, draft, post.id(), now));
                });
                outbox.publish(post.created());
                return new Created(post.view(), false);
            });
        } catch (RuntimeException e) {
            // the same key, sent twice at once: the other request's post is the answer
            if (key.isPresent() && uniqueViolation(e)) {
                return replay(caller, key.get(), draft).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    /** The post the caller may see. @throws Rejection 404 otherwise */
    public nova.contracts.content.Post read(Caller caller, UUID id) {
        return posts.find(id).filter(p -> readable(p, caller.id())).map(Post::view)
                .orElseThrow(() -> notFound(id));
    }

    /** The posts of {@code ids} the caller may see, in the order asked. */
    public List<nova.contracts.content.Post> read(Caller caller, List<UUID> ids) {
        List<Post> found = posts.find(ids);
        Set<UUID> followed = followedAuthors(caller.id(), found);
        Map<UUID, Post> byId = found.stream()
                .filter(p -> p.readableBy(caller.id(), followed.contains(p.authorId())))
                .collect(Collectors.toMap(Post::id, Function.identity()));
        return ids.stream().map(byId::get).filter(p -> p != null).map(Post::view).toList();
    }

    /** A page of {@code authorId}'s posts (replies included) the caller may see, newest first. */
    public PostPage byAuthor(Caller caller, UUID authorId, Page page) {
        boolean follows = !caller.id().equals(authorId) && followers.follows(caller.id(), authorId);
        List<Post> found = posts.byAuthor(authorId, caller.id(), follows, page);
        List<Post> shown = found.size() > page.limit() ? found.subList(0, page.limit()) : found;
        String next = found.size() > page.limit()
                ? Page.cursor(shown.get(shown.size() - 1).createdAt(), shown.get(shown.size() - 1).id()) : null;
        return new PostPage(shown.stream().map(Post::view).toList(), next);
    }

    /**
     * The first page of each of {@code authorIds}' posts the caller may see, as {@link #byAuthor} answers it, in the
     * order asked: one statement for the pages' ids ({@link PostRepository#firstIdsByAuthors}), one for the posts.
     */
    public List<AuthorPosts> byAuthors(Caller caller, List<UUID> authorIds, int limit) {
        Map<UUID, List<UUID>> ids = grouped(posts.firstIdsByAuthors(authorIds, caller.id(), limit + 1));
        Map<UUID, Post> found = loaded(ids);
        List<AuthorPosts> pages = new ArrayList<>(authorIds.size());
        for (UUID author : authorIds) {
            List<Post> page = ids.getOrDefault(author, List.of()).stream().map(found::get).filter(p -> p != null).toList();
            List<Post> shown = page.size() > limit ? page.subList(0, limit) : page;
            String next = page.size() > limit
                    ? Page.cursor(shown.get(shown.size() - 1).createdAt(), shown.get(shown.size() - 1).id()) : null;
            pages.add(new AuthorPosts(author, shown.stream().map(Post::view).toList(), next));
        }
        return pages;
    }

    /**
     * The first {@code limit} direct replies of each of {@code postIds} the caller may see, as the post's thread shows
     * them (oldest first, tombstones in place, replies outside the caller's audience left out): an entry for each post
     * the caller may read, in the order asked; the others (404 for their thread) left out. An entry with more replies
     * carries the cursor of its next page ({@link #repliesOf}).
     */
    public List<PostReplies> replies(Caller caller, List<UUID> postIds, int limit) {
        List<Post> parents = posts.find(postIds);
        Set<UUID> followed = followedAuthors(caller.id(), parents);
        Set<UUID> readable = parents.stream().filter(p -> p.readableBy(caller.id(), followed.contains(p.authorId())))
                .map(Post::id).collect(Collectors.toSet());
        List<UUID> asked = postIds.stream().filter(readable::contains).toList();
        if (asked.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<UUID>> ids = grouped(posts.firstReplyIds(asked, caller.id(), limit + 1));
        Map<UUID, Post> found = loaded(ids);
        List<PostReplies> answer = new ArrayList<>(asked.size());
        for (UUID parent : asked) {
            List<Post> replies = ids.getOrDefault(parent, List.of()).stream().map(found::get).filter(p -> p != null).toList();
            boolean more = replies.size() > limit;
            List<Post> shown = more ? replies.subList(0, limit) : replies;
            String next = more ? Page.cursor(shown.get(shown.size() - 1).createdAt(), shown.get(shown.size() - 1).id())
                    : null;
            answer.add(new PostReplies(parent, shown.stream().map(Post::view).toList(), more, next));
        }
        return answer;
    }

    /**
     * A page of {@code postId}'s direct replies the caller may see, as {@link #replies} and the thread show them (oldest
     * first, tombstones in place, replies outside the caller's audience left out), after {@code page}'s keyset point
     * (the created_at and id of the page before's last reply: {@link Page#cursor}). @throws Rejection 404 when the
     * caller may not read the post, as its thread
     */
    public PostPage repliesOf(Caller caller, UUID postId, Page page) {
        posts.find(postId).filter(p -> readable(p, caller.id())).orElseThrow(() -> notFound(postId));
        List<UUID> ids = posts.replyIds(postId, caller.id(), page);
        Map<UUID, Post> found = ids.isEmpty() ? Map.of()
                : posts.find(ids).stream().collect(Collectors.toMap(Post::id, Function.identity()));
        List<Post> replies = ids.stream().map(found::get).filter(p -> p != null).toList();
        List<Post> shown = replies.size() > page.limit() ? replies.subList(0, page.limit()) : replies;
        String next = replies.size() > page.limit()
                ? Page.cursor(shown.get(shown.size() - 1).createdAt(), shown.get(shown.size() - 1).id()) : null;
        return new PostPage(shown.stream().map(Post::view).toList(), next);
    }

    /** Rows of (key, id), in order, as each key's list of ids. */
    private static Map<UUID, List<UUID>> grouped(List<Object[]> rows) {
        Map<UUID, List<UUID>> grouped = new java.util.HashMap<>();
        for (Object[] row : rows) {
            grouped.computeIfAbsent(uuid(row[0]), k -> new ArrayList<>()).add(uuid(row[1]));
        }
        return grouped;
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private Map<UUID, Post> loaded(Map<UUID, List<UUID>> ids) {
        List<UUID> all = ids.values().stream().flatMap(List::stream).toList();
        return all.isEmpty() ? Map.of()
                : posts.find(all).stream().collect(Collectors.toMap(Post::id, Function.identity()));
    }

    /** The post with the ancestors and replies the caller may see (tombstones where deleted or moderated). */
    public Thread thread(Caller caller, UUID id) {
        Post post = posts.find(id).filter(p -> readable(p, caller.id())).orElseThrow(() -> notFound(id));
        List<nova.contracts.content.Post> ancestors = new ArrayList<>();
        UUID parentId = post.replyToId();
        for (int hops = 0; parentId != null && hops < THREAD_ANCESTORS; hops++) {
            Optional<Post> parent = posts.find(parentId);
            if (parent.isEmpty()) {
                break;
            }
            if (inAudience(parent.get(), caller.id())) {
                ancestors.add(0, parent.get().view());
            }
            parentId = parent.get().replyToId();
        }
        List<Post> later = posts.laterInConversation(post);
        Set<UUID> followed = followedAuthors(caller.id(), later);
        Map<UUID, List<Post>> replies = later.stream().filter(p -> p.replyToId() != null)
                .collect(Collectors.groupingBy(Post::replyToId));
        List<nova.contracts.content.Post> descendants = new ArrayList<>();
        addReplies(post.id(), replies, caller.id(), followed, descendants);
        return new Thread(ancestors, post.view(), descendants);
    }

    /** Depth-first, oldest reply first; a reply outside the caller's audience is left out with its replies. */
    private static void addReplies(UUID parentId, Map<UUID, List<Post>> replies, UUID reader, Set<UUID> followed,
                                   List<nova.contracts.content.Post> into) {
        for (Post reply : replies.getOrDefault(parentId, List.of()).stream()
                .sorted(Comparator.comparing(Post::createdAt).thenComparing(Post::id)).toList()) {
            if (into.size() >= THREAD_DESCENDANTS) {
                return;
            }
            if (reply.audienceIncludes(reader, followed.contains(reply.authorId()))) {
                into.add(reply.view());
                addReplies(reply.id(), replies, reader, followed, into);
            }
        }
    }

    /** Changes the caller's own post; the previous version is kept. @throws Rejection 404 unseen, 403 someone else's */
    public nova.contracts.content.Post edit(Caller caller, UUID id, PostEdit edit) {
        if (edit == null) {
            throw Rejection.invalidInput("text", "An edit needs a body, e.g. {\"text\": \"...\"}.");
        }
        Post current = posts.find(id).filter(p -> readable(p, caller.id())).orElseThrow(() -> notFound(id));
        if (!current.writtenBy(caller.id())) {
            throw Refusals.forbidden("Only its author edits a post.");
        }
        PostContent before = current.content();
        PostContent content = PostContent.edited(before, edit, maxChars);
        if (content.mediaChangedFrom(before)) {
            attachments.check(caller, content.mediaIds().stream().filter(m -> !before.mediaIds().contains(m)).toList(),
                    "mediaIds");
        }
        List<UUID> mentions = content.text().equals(before.text()) ? current.mentionIds() : resolve(caller, content);
        return transactions.inOne(() -> {
            Post post = posts.lock(id).filter(p -> readable(p, caller.id()) && p.writtenBy(caller.id()))
                    .orElseThrow(() -> notFound(id));
            post.edit(content, mentions, DatabaseTime.now()).ifPresent(updated -> {
                versions.keep(post.currentVersion());
                outbox.publish(updated);
            });
            return post.view();
        });
    }

    /** Tombstones the caller's own post. @throws Rejection 404 unseen or deleted, 403 someone else's */
    public void delete(Caller caller, UUID id) {
        transactions.inOne(() -> {
            Post post = posts.lock(id).filter(p -> !Post.DELETED.equals(p.state()))
                    .filter(p -> p.writtenBy(caller.id()) || readable(p, caller.id()))
                    .orElseThrow(() -> notFound(id));
            if (!post.writtenBy(caller.id())) {
                throw Refusals.forbidden("Only its author deletes a post.");
            }
            outbox.publish(post.delete(DatabaseTime.now()));
            if (post.replyToId() != null) {
                posts.lock(post.replyToId()).ifPresent(Post::replyRemoved);
            }
            versions.forget(Post.ITEM_TYPE, id);
            return null;
        });
    }

    /** The post's versions, oldest first, for whoever may see it. */
    public List<ContentVersion> versions(Caller caller, UUID id) {
        Post post = posts.find(id).filter(p -> readable(p, caller.id())).orElseThrow(() -> notFound(id));
        return versions.of(Post.ITEM_TYPE, post.id());
    }

    /** For comments: the author of the post, if {@code readerId} may see it. */
    public Optional<UUID> readableAuthor(UUID readerId, UUID postId) {
        return posts.find(postId).filter(p -> readable(p, readerId)).map(Post::authorId);
    }

    // --- helpers -------------------------------------------------------------------------------

    private Optional<Created> replay(Caller caller, String key, PostDraft draft) {
        return posts.idempotencyKey(caller.id(), key)
                .filter(r -> !r.expiredAt(DatabaseTime.now()))
                .map(r -> r.replay(draft))
                .flatMap(posts::find)
                .map(p -> new Created(p.view(), true));
    }

    private List<UUID> resolve(Caller caller, PostContent content) {
        Map<String, UUID> found = authors.resolve(caller, content.mentionNames());
        return content.mentionNames().stream().map(found::get).filter(m -> m != null).distinct().toList();
    }

    private boolean readable(Post post, UUID reader) {
        return post.readableBy(reader, needsFollow(post, reader) && followers.follows(reader, post.authorId()));
    }

    private boolean inAudience(Post post, UUID reader) {
        return post.audienceIncludes(reader, needsFollow(post, reader) && followers.follows(reader, post.authorId()));
    }

    private static boolean needsFollow(Post post, UUID reader) {
        return Post.FOLLOWERS.equals(post.visibility()) && !post.writtenBy(reader);
    }

    private Set<UUID> followedAuthors(UUID reader, Collection<Post> candidates) {
        return followers.followedAmong(reader, candidates.stream().filter(p -> needsFollow(p, reader))
                .map(Post::authorId).collect(Collectors.toSet()));
    }

    private static Rejection notFound(UUID id) {
        return Refusals.notFound("There is no post " + id + " you can see.");
    }

    static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
