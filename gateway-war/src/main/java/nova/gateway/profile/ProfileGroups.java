package nova.gateway.profile;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nova.gateway.infra.Requester;

/**
 * Which profiles one request answers together, so that a list field of one profile ({@code posts}, {@code followers},
 * {@code following}) is fetched for all of them in one call: the people of one page ({@code followers},
 * {@code following}, {@code likers}, the profiles of {@code users(ids:)}, …: registered by whoever makes them), else
 * the authors of every post,
 * article and comment the request answered (given by the caller), else the profile alone ({@code me}, {@code user}).
 */
public final class ProfileGroups {

    private final Map<UUID, List<UUID>> pages = new HashMap<>();

    /** This request's one instance. */
    public static ProfileGroups of(Requester requester) {
        return requester.shared(ProfileGroups.class, ProfileGroups::new);
    }

    /** The people of one page, answered together. */
    public synchronized void expect(Collection<UUID> page) {
        List<UUID> group = List.copyOf(page);
        group.forEach(id -> pages.putIfAbsent(id, group));
    }

    /** The profiles answered with {@code userId}: its page, else {@code authors} if it is one of them, else itself. */
    public synchronized List<UUID> around(UUID userId, List<UUID> authors) {
        List<UUID> page = pages.get(userId);
        if (page != null) {
            return page;
        }
        return authors.contains(userId) ? authors : List.of(userId);
    }
}
