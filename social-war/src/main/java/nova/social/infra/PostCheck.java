package nova.social.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nova.contracts.content.Post;

/**
 * The question every like and share asks first, outside any transaction (no connection is held while content
 * thinks): the post as the caller may see it, 404 {@code not-found} when they may not, 503 {@code unavailable}
 * when content cannot say (circuit open, bulkhead full, timeouts, errors): then nothing is written.
 */
@ApplicationScoped
public class PostCheck {

    @Inject
    ContentClient content;

    public Post visibleTo(Caller caller, UUID postId) {
        try {
            return content.visiblePost(caller.authorization(), postId)
                    .orElseThrow(() -> Refusals.notFound("There is no post " + postId + "."));
        } catch (nova.platform.problem.Rejection e) {
            throw e;
        } catch (RuntimeException e) {
            // ContentUnavailable, or Fault Tolerance's TimeoutException, CircuitBreakerOpenException, BulkheadException
            throw Refusals.unavailable("content");
        }
    }
}
