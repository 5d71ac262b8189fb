package nova.gateway.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nova.contracts.media.Media;
import nova.contracts.user.UserProfile;
import nova.gateway.infra.ApiError;
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
 * <p>Why not the engine's {@code @Source List<...>} batches: in Liberty's mpGraphQL-2.0 (SmallRye GraphQL 1.0) every
 * such field answered a NullPointerException from the engine, before our resolver ran (the content system tests'
 * second run: {@code Post.author}, {@code Post.media}, {@code Article.author}, {@code Article.cover} all failed;
 * the gateway log has the engine's errors). Plain {@code @Source Post} fields run like any other resolver.
 */
final class ContentLinks {

    private final List<Post> posts = new ArrayList<>();
    private final List<Article> articles = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();

    private final Known<UserProfile> profiles = new Known<>(UserProfile::id);
    private final Known<Media> media = new Known<>(Media::id);
    private final Known<nova.contracts.content.Post> linked = new Known<>(nova.contracts.content.Post::id);

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

    /** Answers by id; each id asked at most once per request, in calls of at most {@link Lookups#MAX_IDS}. */
    static final class Known<T> {

        private final Function<T, UUID> idOf;
        private final Map<UUID, T> answers = new HashMap<>();
        private final Set<UUID> asked = new HashSet<>();
        private ApiError failure;

        Known(Function<T, UUID> idOf) {
            this.idOf = idOf;
        }

        T get(UUID id, java.util.function.Supplier<Set<UUID>> wanted, Function<List<UUID>, List<T>> fetch) {
            if (id == null) {
                return null;
            }
            if (!asked.contains(id)) {
                if (failure != null) {
                    throw failure;
                }
                Set<UUID> missing = new LinkedHashSet<>();
                missing.add(id);
                wanted.get().stream().filter(Objects::nonNull).filter(w -> !asked.contains(w)).forEach(missing::add);
                List<UUID> all = List.copyOf(missing);
                try {
                    for (int from = 0; from < all.size(); from += Lookups.MAX_IDS) {
                        List<UUID> chunk = all.subList(from, Math.min(all.size(), from + Lookups.MAX_IDS));
                        for (T answer : fetch.apply(chunk)) {
                            answers.put(idOf.apply(answer), answer);
                        }
                        asked.addAll(chunk);
                    }
                } catch (ApiError refused) {
                    failure = refused;
                    throw refused;
                }
            }
            return answers.get(id);
        }
    }
}
