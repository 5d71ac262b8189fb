package nova.gateway.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nova.contracts.media.Media;
import nova.contracts.user.UserProfile;
import nova.gateway.infra.Background;
import nova.gateway.infra.Batched;
import nova.gateway.media.MediaClient;
import nova.gateway.infra.Requester;
import nova.gateway.profile.UserClient;

/**
 * What one request has learnt about the links of the posts, articles and comments it answered: their authors,
 * media and linked posts. Every object the request answers registers here when it is made (before any of its fields
 * is resolved), so the first {@code author} field asks the user context once for the authors of all of them, the
 * first {@code media} field the media context once for all their media, the first {@code replyTo}/{@code quoteOf}
 * the content context once for all linked posts; the other fields find the answers here. Posts found that way
 * register too: their own authors cost one more call (one per level of nesting, never one per post). A failed call
 * is remembered: the other fields of the same kind fail with the same error without calling again.
 *
 * The batching itself is {@link Batched}, the gateway's one mechanism (why not {@code @Source List<...>}: there).
 */
final class ContentLinks {

    private final List<Post> posts = new ArrayList<>();
    private final List<Article> articles = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();

    private final Batched<UserProfile> profiles = new Batched<>(UserProfile::id, Lookups.MAX_IDS);
    private final Batched<Media> media = new Batched<>(Media::id, Lookups.MAX_IDS);
    private final Batched<nova.contracts.content.Post> linked = new Batched<>(nova.contracts.content.Post::id, Lookups.MAX_IDS);

    static ContentLinks of(Requester requester) {
        return requester.shared(ContentLinks.class, ContentLinks::new);
    }

    synchronized void add(Post post) {
        posts.add(post);
    }

    synchronized void add(Article article) {
        articles.add(article);
    }

    synchronized void add(Comment comment) {
        comments.add(comment);
    }

    /** The profile of {@code userId}, asking for every author known so far that was not asked yet. */
    synchronized UserProfile profile(UUID userId, UserClient users, String authorization) {
        return profiles.get(userId, () -> {
            Set<UUID> wanted = new LinkedHashSet<>();
            posts.forEach(p -> wanted.add(p.authorId()));
            articles.forEach(a -> wanted.add(a.authorId()));
            comments.forEach(c -> wanted.add(c.authorId()));
            return wanted;
        }, ids -> users.byIds(authorization, ids));
    }

    /** Starts asking the user context for the authors of every post known so far (see {@link Batched#prefetch}). */
    synchronized void prefetchProfiles(UserClient users, String authorization, Background background) {
        prefetchProfiles(authorIds(), users, authorization, background);
    }

    /**
     * Starts asking the user context for the profiles of {@code userIds}, before the posts that name them are made (a
     * feed page names its posts' authors): a later {@code author} field waits for this call instead of asking again.
     */
    synchronized void prefetchProfiles(Collection<UUID> userIds, UserClient users, String authorization, Background background) {
        profiles.prefetch(userIds, ids -> users.byIds(authorization, ids), background::supply);
    }

    /** Starts asking the media context for the media of every post known so far. */
    synchronized void prefetchMedia(MediaClient client, String authorization, Background background) {
        Set<UUID> wanted = new LinkedHashSet<>();
        posts.forEach(p -> wanted.addAll(p.contract().mediaIds()));
        media.prefetch(wanted, ids -> client.byIds(authorization,
                ids.stream().map(UUID::toString).collect(Collectors.joining(","))), background::supply);
    }

    /** The media of {@code mediaId}, asking for every post's media and article's cover known so far. */
    synchronized Media media(UUID mediaId, MediaClient client, String authorization) {
        return media.get(mediaId, () -> {
            Set<UUID> wanted = new LinkedHashSet<>();
            posts.forEach(p -> wanted.addAll(p.contract().mediaIds()));
            articles.forEach(a -> wanted.add(a.coverMediaId()));
            return wanted;
        }, ids -> client.byIds(authorization, ids.stream().map(UUID::toString).collect(Collectors.joining(","))));
    }

    /** The post {@code postId} if the caller may see it, asking for every reply target and quoted post known so far. */
    synchronized nova.contracts.content.Post post(UUID postId, ContentClient content, String authorization) {
        return linked.get(postId, () -> {
            Set<UUID> wanted = new LinkedHashSet<>();
            posts.forEach(p -> {
                wanted.add(p.contract().replyToId());
                wanted.add(p.contract().quoteOfId());
            });
            return wanted;
        }, ids -> content.posts(authorization, ids));
    }

    /** The ids of every post this request has answered so far, in the order they were made. */
    synchronized List<UUID> postIds() {
        return posts.stream().map(Post::postId).toList();
    }

    /** The authors of every post, article and comment this request has answered so far. */
    synchronized List<UUID> authorIds() {
        Set<UUID> authors = new LinkedHashSet<>();
        posts.forEach(p -> authors.add(p.authorId()));
        articles.forEach(a -> authors.add(a.authorId()));
        comments.forEach(c -> authors.add(c.authorId()));
        return List.copyOf(authors);
    }
}
