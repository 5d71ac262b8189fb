package nova.gateway.content;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nova.gateway.infra.MediaClient;
import nova.gateway.infra.Requester;
import nova.gateway.infra.UserClient;
import nova.gateway.media.Media;
import nova.gateway.profile.Profile;

/** The batched calls behind the content types' linked fields: one call per field per response (chunks of 100). */
final class Lookups {

    /** The user and media contexts' batch bound, as the content context's. */
    static final int MAX_IDS = 100;

    private Lookups() {
    }

    static List<Profile> profiles(UserClient users, String authorization, List<UUID> userIds) {
        return Batches.resolve(userIds, MAX_IDS, ids -> users.byIds(authorization, ids),
                profile -> profile.id()).stream().map(p -> p == null ? null : new Profile(p)).toList();
    }

    static List<List<Media>> media(MediaClient media, String authorization, List<List<UUID>> mediaIds) {
        return Batches.resolveAll(mediaIds, MAX_IDS,
                        ids -> media.byIds(authorization, ids.stream().map(UUID::toString).collect(Collectors.joining(","))),
                        m -> m.id())
                .stream().map(some -> some.stream().map(Media::new).toList()).toList();
    }

    static List<Media> oneMediaEach(MediaClient media, String authorization, List<UUID> mediaIds) {
        return Batches.resolve(mediaIds, MAX_IDS,
                        ids -> media.byIds(authorization, ids.stream().map(UUID::toString).collect(Collectors.joining(","))),
                        m -> m.id())
                .stream().map(m -> m == null ? null : new Media(m)).toList();
    }

    static List<Post> posts(ContentClient content, Requester requester, List<UUID> postIds) {
        return Batches.resolve(postIds, ContentClient.MAX_IDS, ids -> content.posts(requester.authorization(), ids),
                post -> post.id()).stream().map(p -> p == null ? null : new Post(p, requester)).toList();
    }
}
