package nova.gateway.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.UUID;
import nova.gateway.infra.Background;
import nova.gateway.infra.Requester;
import nova.gateway.media.MediaClient;
import nova.gateway.profile.UserClient;

/**
 * For a resolver that answers a page of posts and knows (from {@code Caller.asksFor}) that the document asks for their
 * {@code author} or {@code media}: starts those calls at once, side by side on other threads, so that the fields find
 * them under way or done instead of making them one after another ({@link nova.gateway.infra.Batched#prefetch}). Still
 * one user call for all authors and one media call for all media of the request.
 */
@ApplicationScoped
public class PostLinks {

    @Inject
    UserClient users;

    @Inject
    MediaClient media;

    @Inject
    Background background;

    /**
     * Starts fetching the profiles of {@code authorIds} (the authors a feed page names before its posts are fetched), so
     * that the user call runs side by side with the content call that fetches the posts.
     */
    public void prefetchAuthors(Requester requester, Collection<UUID> authorIds) {
        ContentLinks.of(requester).prefetchProfiles(authorIds, users, requester.authorization(), background);
    }

    /** Starts fetching the authors and/or media of every post {@code requester}'s request has answered so far. */
    public void prefetch(Requester requester, boolean authors, boolean attachments) {
        ContentLinks links = ContentLinks.of(requester);
        if (authors) {
            links.prefetchProfiles(users, requester.authorization(), background);
        }
        if (attachments) {
            links.prefetchMedia(media, requester.authorization(), background);
        }
    }
}
